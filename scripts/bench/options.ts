import { parseArgs } from "node:util";
import { z } from "zod";

const optionsSchema = z.object({
  smoke: z.boolean(),
  trials: z.coerce.number().int().min(1).max(20),
  only: z.array(z.string()),
  build: z.boolean(),
  workerProcesses: z.coerce.number().int().min(1).max(8),
  replay: z.boolean(),
  /** False when only the replay was asked for. */
  figures: z.boolean(),
  /** Where the stack's processes write V8 CPU profiles, when asked. */
  profileDir: z.string().optional(),
  /** Where to write every figure as JSON, when asked. */
  json: z.string().min(1).optional(),
});

export type BenchOptions = z.infer<typeof optionsSchema>;

export const usage = `usage: npm run bench -- [--smoke] [--trials N] [--only NAME[,NAME…]] [--no-build] [--worker-processes N] [--no-replay] [--profile DIR] [--json FILE]
  --only matches the start of figure names (e.g. "intake", "latency", "storm"); "--only replay" runs the Boston 311 replay alone.`;

/** `--only storm` picks "storm night", not "dispatch storm": a figure is chosen by the start of its name. */
export function chosenFigures<F extends { name: string }>(figures: readonly F[], only: readonly string[]): readonly F[] {
  return only.length === 0 ? figures : figures.filter((f) => only.some((o) => f.name.startsWith(o)));
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: "boolean", default: false },
      trials: { type: "string" },
      only: { type: "string" },
      "no-build": { type: "boolean", default: false },
      "worker-processes": { type: "string", default: "1" },
      "no-replay": { type: "boolean", default: false },
      profile: { type: "string" },
      json: { type: "string" },
    },
  });
  const only = values.only ? values.only.split(",").map((s) => s.trim()).filter(Boolean) : [];
  return optionsSchema.parse({
    smoke: values.smoke,
    trials: values.trials ?? (values.smoke ? 1 : 3),
    only: only.filter((o) => o !== "replay"),
    build: !values["no-build"],
    workerProcesses: values["worker-processes"],
    replay: !values["no-replay"] && (only.length === 0 || only.includes("replay")),
    figures: only.length === 0 || only.some((o) => o !== "replay"),
    profileDir: values.profile,
    json: values.json,
  });
}
