import { parseArgs } from "node:util";
import { z } from "zod";

const optionsSchema = z.object({
  baseUrl: z.url().transform((url) => url.replace(/\/+$/, "")),
  peakPerMinute: z.coerce.number().min(0),
  burst: z.coerce.number().int().positive().optional(),
  concurrency: z.coerce.number().int().min(1).max(1000),
  seed: z.string().min(1),
  minuteMs: z.coerce.number().int().min(1),
  lateShare: z.coerce.number().min(0).max(1),
  /** Sent with the workers' position pings when the server asks for one. */
  positionsToken: z.string().optional(),
  /** Sent with the demo households' meter readings when the server asks for one. */
  sensorsToken: z.string().optional(),
});

export type SimulatorOptions = z.infer<typeof optionsSchema>;

export const usage = `usage: tsx scripts/simulate.ts [--base-url URL] [--peak N] [--seed S] [--minute-ms MS] [--late-share F] [--burst N [--concurrency C]]
  --base-url     server to post to (env BASE_URL, default http://127.0.0.1:3000)
  --peak         events per minute at the busiest hour (env SIMULATOR_PEAK_PER_MINUTE, default 40)
  --seed         makes the run reproducible (default: a new one per run)
  --minute-ms    length of one SLA minute on the server, which the simulated people keep pace with
                 (env SLA_MINUTE_MS, default 60000)
  --late-share   share of steps the simulated people take after their deadline, 0-1
                 (env SIMULATOR_LATE_SHARE, default 0.03)
  --burst N      post N events as fast as possible, then exit
  --concurrency  requests in flight at once (default 32)
  Position pings carry env POSITIONS_GATEWAY_TOKEN, the demo households' meter readings env
  SENSOR_GATEWAY_TOKEN, when they are set, as the server then requires.`;

/** Command-line flags win over the environment, which wins over the defaults. */
export function parseSimulatorOptions(argv: readonly string[], env: Record<string, string | undefined>): SimulatorOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      "base-url": { type: "string" },
      peak: { type: "string" },
      burst: { type: "string" },
      concurrency: { type: "string" },
      seed: { type: "string" },
      "minute-ms": { type: "string" },
      "late-share": { type: "string" },
    },
  });
  const result = optionsSchema.safeParse({
    baseUrl: values["base-url"] ?? env.BASE_URL ?? "http://127.0.0.1:3000",
    peakPerMinute: values.peak ?? env.SIMULATOR_PEAK_PER_MINUTE ?? 40,
    burst: values.burst,
    concurrency: values.concurrency ?? 32,
    seed: values.seed ?? Date.now().toString(36),
    minuteMs: values["minute-ms"] ?? env.SLA_MINUTE_MS ?? 60_000,
    lateShare: values["late-share"] ?? env.SIMULATOR_LATE_SHARE ?? 0.03,
    positionsToken: env.POSITIONS_GATEWAY_TOKEN,
    sensorsToken: env.SENSOR_GATEWAY_TOKEN,
  });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid options: ${problems}\n${usage}`);
  }
  return result.data;
}
