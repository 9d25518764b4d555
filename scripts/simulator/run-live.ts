import type { EventReport } from "@/lib/contracts";
import { expectedEventsPerMinute } from "@/lib/domain/simulation/event-rate";
import type { Random } from "@/lib/domain/simulation/seeded-random";
import { stepWalk, walkerPositions, type Walker } from "@/lib/domain/simulation/worker-walk";
import { createBackoff } from "./backoff";
import { createOutcomeLog } from "./outcome-log";
import type { JsonPoster, PostOutcome } from "./json-poster";

export interface LiveRun {
  poster: JsonPoster;
  peakPerMinute: number;
  concurrency: number;
  nextEvent: () => EventReport;
  /** Draws how many events arrive each tick. */
  arrivals: Random;
  walkers: readonly Walker[];
  walk: Random;
  stop: AbortSignal;
}

const EVENT_TICK_MS = 1_000;
const POSITION_TICK_MS = 2_000;
const SUMMARY_EVERY_MS = 10_000;
/** On stop, requests still in flight get this long to finish before they are cut. */
const STOP_GRACE_MS = 2_000;

const isServerDown = (outcome: PostOutcome) => outcome.kind === "unreachable" || outcome.status >= 500;

/** Posts events at the time-of-day rate and worker positions every 2 s until `stop` fires. */
export async function runLive(run: LiveRun): Promise<void> {
  const log = createOutcomeLog();
  const backoff = createBackoff();
  const inFlight = new Set<Promise<void>>();
  let walkers = run.walkers;
  let positionsPending = false;
  let skipped = 0;

  const send = (endpoint: string, body: unknown): Promise<void> => {
    const request = run.poster.post(endpoint, body).then((outcome) => {
      log.record(endpoint, outcome);
      if (run.stop.aborted) return;
      if (!isServerDown(outcome)) {
        if (backoff.recordSuccess()) console.log("server answers again, resuming");
      } else if (!backoff.isWaiting(Date.now())) {
        console.warn(`server down or failing, pausing ${backoff.recordFailure(Date.now()) / 1000} s`);
      }
    });
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
    return request;
  };

  const postEvents = () => {
    if (backoff.isWaiting(Date.now())) return;
    const perTick = (expectedEventsPerMinute(new Date(), run.peakPerMinute) * EVENT_TICK_MS) / 60_000;
    const due = run.arrivals.poisson(perTick);
    for (let i = 0; i < due; i++) {
      if (inFlight.size >= run.concurrency) {
        skipped += due - i;
        return;
      }
      void send("/api/events", run.nextEvent());
    }
  };

  const postPositions = () => {
    walkers = stepWalk(walkers, run.walk);
    if (positionsPending || backoff.isWaiting(Date.now())) return;
    positionsPending = true;
    void send("/api/workers/positions", { positions: walkerPositions(walkers) }).finally(() => {
      positionsPending = false;
    });
  };

  const summarise = () => {
    const rate = expectedEventsPerMinute(new Date(), run.peakPerMinute).toFixed(1);
    log.flush(`${rate} events/min expected now${skipped > 0 ? `, ${skipped} skipped (server slow)` : ""}`);
    skipped = 0;
  };

  const timers = [
    setInterval(postEvents, EVENT_TICK_MS),
    setInterval(postPositions, POSITION_TICK_MS),
    setInterval(summarise, SUMMARY_EVERY_MS),
  ];
  await stopped(run.stop);
  for (const timer of timers) clearInterval(timer);

  const grace = setTimeout(() => run.poster.close(), STOP_GRACE_MS);
  await Promise.allSettled([...inFlight]);
  clearTimeout(grace);
  summarise();
}

function stopped(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
