import { parseArgs } from "node:util";
import { z } from "zod";
import { replayStormKeys } from "./scenario/replay-storms";

const optionsSchema = z
  .object({
    storm: z.enum(replayStormKeys as [string, ...string[]]).transform((key) => key as (typeof replayStormKeys)[number]),
    speed: z.coerce.number().positive().max(1_000_000),
    baseUrl: z.url().transform((url) => url.replace(/\/+$/, "")),
    seed: z.string().min(1),
    from: z.iso.datetime({ offset: true }).optional(),
    hours: z.coerce.number().positive().max(24 * 30).optional(),
    radiusKm: z.coerce.number().positive().max(3_000),
    stepMinutes: z.coerce.number().int().min(1).max(60),
    clock: z.enum(["now", "storm"]),
    ordinaryPerHour: z.coerce.number().min(0).max(10_000),
    weatherToken: z.string().optional(),
    sensorToken: z.string().optional(),
  })
  .refine((options) => 60 % options.stepMinutes === 0, { path: ["stepMinutes"], message: "must divide an hour (10, 12, 15 …)" });

export type ReplayOptions = z.infer<typeof optionsSchema>;

export const usage = `usage: npm run typhoon -- --storm infa|lekima [--speed N] [--base-url URL] [--seed S] [--from ISO] [--hours H]
  --storm          the storm to replay over the demo city: infa (In-Fa, July 2021) or lekima (Lekima, August 2019)
  --speed          storm seconds per real second (default 360: one storm hour in ten seconds)
  --base-url       server to post to (env BASE_URL, default http://127.0.0.1:3000)
  --seed           makes the weather's details and the reports reproducible (default tonglan)
  --from, --hours  play from this storm instant, for this many storm hours (default: the whole time the storm
                   is within --radius-km of the city, 500 km by default)
  --step-minutes   storm minutes between two rounds of gauge readings and reports (default 10)
  --clock          now (default): the storm's first step is stamped with the moment the replay starts, and its
                   clock runs at --speed; storm: the storm's own dates
  --ordinary-per-hour  storm-type reports per hour over the city on an ordinary day (default 3.2)
  Forecasts carry env WEATHER_GATEWAY_TOKEN, readings env SENSOR_GATEWAY_TOKEN, as the server requires.`;

/** Command-line flags win over the environment, which wins over the defaults. */
export function parseReplayOptions(argv: readonly string[], env: Record<string, string | undefined>): ReplayOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      storm: { type: "string" },
      speed: { type: "string" },
      "base-url": { type: "string" },
      seed: { type: "string" },
      from: { type: "string" },
      hours: { type: "string" },
      "radius-km": { type: "string" },
      "step-minutes": { type: "string" },
      clock: { type: "string" },
      "ordinary-per-hour": { type: "string" },
    },
  });
  const result = optionsSchema.safeParse({
    storm: values.storm,
    speed: values.speed ?? 360,
    baseUrl: values["base-url"] ?? env.BASE_URL ?? "http://127.0.0.1:3000",
    seed: values.seed ?? "tonglan",
    from: values.from,
    hours: values.hours,
    radiusKm: values["radius-km"] ?? 500,
    stepMinutes: values["step-minutes"] ?? 10,
    clock: values.clock ?? "now",
    ordinaryPerHour: values["ordinary-per-hour"] ?? 3.2,
    weatherToken: env.WEATHER_GATEWAY_TOKEN || undefined,
    sensorToken: env.SENSOR_GATEWAY_TOKEN || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid options: ${problems}\n${usage}`);
  }
  return result.data;
}

/** The storm instants to play: the options' window, else the storm's time near the city. */
export function playedWindow(options: Pick<ReplayOptions, "from" | "hours">, nearCity: { startMs: number; endMs: number }): { startMs: number; endMs: number } {
  const startMs = options.from ? Date.parse(options.from) : nearCity.startMs;
  const endMs = options.hours !== undefined ? startMs + options.hours * 3_600_000 : nearCity.endMs;
  return { startMs, endMs };
}
