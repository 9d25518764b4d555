import { parseArgs } from "node:util";
import { z } from "zod";

const optionsSchema = z.object({
  smoke: z.boolean(),
  trials: z.coerce.number().int().min(1).max(20),
  only: z.array(z.string()),
  build: z.boolean(),
  workerProcesses: z.coerce.number().int().min(1).max(8),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

export const usage = `usage: npm run bench -- [--smoke] [--trials N] [--only NAME[,NAME…]] [--no-build] [--worker-processes N]`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: "boolean", default: false },
      trials: { type: "string" },
      only: { type: "string" },
      "no-build": { type: "boolean", default: false },
      "worker-processes": { type: "string", default: "1" },
    },
  });
  return optionsSchema.parse({
    smoke: values.smoke,
    trials: values.trials ?? (values.smoke ? 1 : 3),
    only: values.only ? values.only.split(",").map((s) => s.trim()).filter(Boolean) : [],
    build: !values["no-build"],
    workerProcesses: values["worker-processes"],
  });
}
