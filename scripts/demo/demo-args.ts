import { parseArgs } from "node:util";
import { z } from "zod";
import { replayStormKeys } from "../typhoon/scenario/replay-storms";

const argsSchema = z.object({
  typhoon: z.enum(replayStormKeys as [string, ...string[]]).optional(),
  typhoonSpeed: z.coerce.number().positive().max(1_000_000),
});

export type DemoArgs = z.infer<typeof argsSchema>;

export const demoUsage = `usage: npm run demo [-- --typhoon infa|lekima [--typhoon-speed N]]
  --typhoon        also replay a typhoon over the demo city (npm run typhoon) once the server is up
  --typhoon-speed  storm seconds per real second (default 360: one storm hour in ten seconds)`;

/** The demo's command-line flags (its settings otherwise come from the environment, demo-options.ts). */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const { values } = parseArgs({ args: [...argv], options: { typhoon: { type: "string" }, "typhoon-speed": { type: "string" } } });
  const result = argsSchema.safeParse({ typhoon: values.typhoon, typhoonSpeed: values["typhoon-speed"] ?? 360 });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid options: ${problems}\n${demoUsage}`);
  }
  return result.data;
}
