/**
 * Plays a plausible Shanghai day against a running tonglan until Ctrl-C: events at the time-of-day rate,
 * and the people who work them — grid workers signing for, riding to and resolving their tasks, residents
 * rating, the dispatcher closing and summoning, departments reporting in; and the meters of the demo households in
 * care (scripts/simulator/care-meters.ts). With --burst N, posts N events
 * at once and exits.
 *
 *   npx tsx scripts/simulate.ts [--base-url URL] [--peak N] [--seed S] [--minute-ms MS] [--late-share F] [--burst N [--concurrency C]]
 */
import { catalogue, grids, workers } from "@/lib/city/shanghai";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { DEMO_PASSWORD } from "@/lib/city/shanghai/demo-users";
import { simulatedDepartmentUsernames, simulatedDispatcherUsername, simulatedWorkerUsernames } from "@/lib/city/shanghai/simulated-users";
import { createEventGenerator } from "@/scripts/simulator/model/event-generator";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { startWalk } from "@/scripts/simulator/model/worker-walk";
import { playCareMeters } from "./simulator/care-meters";
import { createHttpClient } from "./simulator/http-client";
import { parseSimulatorOptions } from "./simulator/options";
import { createOutcomeLog } from "./simulator/outcome-log";
import { startPeople } from "./simulator/people";
import { runBurst } from "./simulator/run-burst";
import { runLive } from "./simulator/run-live";
import { createSessions } from "./simulator/sessions";

const WATCH_EVERY_MS = 3_000;
const POSITION_EVERY_MS = 2_000;

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
  const http = createHttpClient(options.baseUrl, options.concurrency);

  try {
    if (options.burst !== undefined) {
      console.log(`posting ${options.burst} events to ${options.baseUrl}, ${options.concurrency} at a time`);
      const allAccepted = await runBurst({ ...options, http, count: options.burst, nextEvent, stop: stop.signal });
      process.exitCode = allAccepted ? 0 : 1;
    } else {
      console.log(
        `simulating ${workers.length} workers over ${grids.length} grids, peak ${options.peakPerMinute} events/min, ` +
          `one SLA minute = ${options.minuteMs} ms, ${options.lateShare * 100}% of steps late, seed ${options.seed}, ` +
          `against ${options.baseUrl}; Ctrl-C to stop`,
      );
      const log = createOutcomeLog();
      const people = startPeople({
        http,
        sessions: createSessions(http, DEMO_PASSWORD),
        log,
        pace: { minuteMs: options.minuteMs, lateShare: options.lateShare },
        random: createSeededRandom(`${options.seed}:people`),
        categories: catalogue,
        walkers: startWalk(workers, createSeededRandom(`${options.seed}:walk`)),
        workerAccounts: simulatedWorkerUsernames,
        desk: { dispatcher: simulatedDispatcherUsername, departments: simulatedDepartmentUsernames },
        watchEveryMs: WATCH_EVERY_MS,
        positionEveryMs: POSITION_EVERY_MS,
        ...(options.positionsToken && { positionsToken: options.positionsToken }),
      });
      const meters = playCareMeters({
        http,
        households: demoCareHouseholds,
        random: createSeededRandom(`${options.seed}:care-meters`),
        ...(options.sensorsToken && { token: options.sensorsToken }),
        stop: stop.signal,
      });
      await runLive({ ...options, http, log, nextEvent, arrivals: createSeededRandom(`${options.seed}:arrivals`), people, stop: stop.signal });
      await meters;
    }
  } finally {
    http.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
