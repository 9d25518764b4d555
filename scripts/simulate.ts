/**
 * Feeds a running tonglan with a plausible Shanghai day: events at the time-of-day rate and
 * grid-worker positions every 2 s, until Ctrl-C. With --burst N, posts N events at once and exits.
 *
 *   npx tsx scripts/simulate.ts [--base-url URL] [--peak N] [--seed S] [--burst N [--concurrency C]]
 */
import { catalogue, grids, workers } from "@/lib/city/shanghai";
import { createEventGenerator } from "@/lib/domain/simulation/event-generator";
import { createSeededRandom } from "@/lib/domain/simulation/seeded-random";
import { startWalk } from "@/lib/domain/simulation/worker-walk";
import { createJsonPoster } from "./simulator/json-poster";
import { parseSimulatorOptions } from "./simulator/options";
import { runBurst } from "./simulator/run-burst";
import { runLive } from "./simulator/run-live";

async function main(): Promise<void> {
  const options = parseSimulatorOptions(process.argv.slice(2), process.env);
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`${signal}: stopping (again to force)`);
      stop.abort();
    });
  }

  const nextEvent = createEventGenerator({
    categories: catalogue,
    grids,
    random: createSeededRandom(`${options.seed}:events`),
    clock: () => new Date(),
    // Unique per run, so that a rerun with the same seed is not taken for duplicates of the last one.
    idPrefix: `sim-${Date.now().toString(36)}`,
  });
  const poster = createJsonPoster(options.baseUrl, options.concurrency);

  try {
    if (options.burst !== undefined) {
      console.log(`posting ${options.burst} events to ${options.baseUrl}, ${options.concurrency} at a time`);
      const allAccepted = await runBurst({ ...options, poster, count: options.burst, nextEvent, stop: stop.signal });
      process.exitCode = allAccepted ? 0 : 1;
    } else {
      console.log(
        `simulating ${workers.length} workers over ${grids.length} grids, peak ${options.peakPerMinute} events/min, ` +
          `seed ${options.seed}, against ${options.baseUrl}; Ctrl-C to stop`,
      );
      const walk = createSeededRandom(`${options.seed}:walk`);
      await runLive({
        ...options,
        poster,
        nextEvent,
        arrivals: createSeededRandom(`${options.seed}:arrivals`),
        walkers: startWalk(workers, walk),
        walk,
        stop: stop.signal,
      });
    }
  } finally {
    poster.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
