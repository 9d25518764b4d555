/**
 * Replays a typhoon over the demo city against a running tonglan, at a chosen speed: the weather
 * service's forecasts every six storm hours and its typhoon warning signals, the rain and water-level
 * gauges' readings every step, and the night's reports, through the product's own endpoints. Stops by
 * itself at the storm's end.
 *
 *   npm run typhoon -- --storm infa|lekima [--speed 360] [--base-url URL] [--seed S] [--from ISO --hours H]
 */
import { readFile } from "node:fs/promises";
import { catalogue, grids, sensors } from "@/lib/city/shanghai";
import { createHttpClient } from "@/scripts/simulator/http-client";
import { groundTruthCells } from "./ground-truth/cell-truth";
import { parseReplayOptions, playedWindow } from "./replay-options";
import { runReplay } from "./run-replay";
import { replayStormFrom } from "./scenario/replay-storms";
import { DEMO_CITY_CENTRE, replayWindow } from "./scenario/replay-window";
import { stepCount, typhoonScenario } from "./scenario/typhoon-scenario";

const CONCURRENCY = 16;
const SUMMARY_EVERY_STORM_HOURS = 1;
const HOUR_MS = 3_600_000;

async function main(): Promise<void> {
  const options = parseReplayOptions(process.argv.slice(2), process.env);
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());

  const storm = replayStormFrom(await readFile(new URL("../../datasets/typhoon/best-tracks.csv", import.meta.url), "utf8"), options.storm);
  const nearCity = replayWindow(storm.storm, DEMO_CITY_CENTRE, options.radiusKm);
  if (!nearCity) throw new Error(`${storm.name} never comes within ${options.radiusKm} km of the city`);
  const window = playedWindow(options, nearCity);
  const startedAt = Date.now();
  const config = {
    storm,
    window,
    dryAtMs: Math.min(nearCity.startMs, window.startMs),
    stepMinutes: options.stepMinutes,
    seed: options.seed,
    cells: groundTruthCells(grids),
    gauges: sensors.filter((s) => s.kind === "rain_gauge" || s.kind === "water_level"),
    categories: catalogue,
    ordinaryPerHour: options.ordinaryPerHour,
    clockOffsetMs: options.clock === "now" ? startedAt - window.startMs : 0,
    ...(options.clock === "now" && {
      // Readings and forecasts run on the storm's clock, ahead of this one at any speed above 1; the
      // warnings are dated when they are sent, so that the server takes them as in force then.
      warningClock: { at: (stormTimeMs: number) => new Date(startedAt + (stormTimeMs - window.startMs) / options.speed), hourMs: HOUR_MS / options.speed },
    }),
    runTag: startedAt.toString(36),
  };
  const steps = stepCount(config);
  const stormHours = (window.endMs - window.startMs) / 3_600_000;
  console.log(
    `replaying ${storm.name} (${storm.id}) from ${new Date(window.startMs).toISOString()}: ${stormHours} storm hours in ${steps} steps ` +
      `at ×${options.speed} (~${Math.round((stormHours * 3600) / options.speed)} s), seed ${options.seed}, against ${options.baseUrl}; Ctrl-C to stop`,
  );
  const http = createHttpClient(options.baseUrl, CONCURRENCY);
  try {
    const tally = await runReplay({
      http,
      steps: typhoonScenario(config),
      speed: options.speed,
      ...(options.weatherToken && { weatherToken: options.weatherToken }),
      ...(options.sensorToken && { sensorToken: options.sensorToken }),
      concurrency: CONCURRENCY,
      stop: stop.signal,
      log: (line) => console.log(line),
      summaryEvery: Math.max(1, Math.round((SUMMARY_EVERY_STORM_HOURS * 60) / options.stepMinutes)),
    });
    console.log(
      `replay ${stop.signal.aborted ? "stopped" : "done"}: ${tally.steps} steps, forecasts ${tally.forecasts.stored}/${tally.forecasts.sent}, ` +
        `readings ${tally.readings.stored}/${tally.readings.sent}, reports ${tally.events.accepted}/${tally.events.sent}, warnings ${tally.warnings.stored}/${tally.warnings.sent}`,
    );
    const failed = tally.forecasts.failed + tally.warnings.failed + tally.readings.failed + tally.events.failed;
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    http.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
