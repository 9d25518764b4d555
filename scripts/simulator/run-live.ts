import type { EventReport } from "@/lib/contracts";
import { expectedEventsPerMinute } from "@/scripts/simulator/model/event-rate";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import { createBackoff } from "./backoff";
import type { HttpClient, HttpOutcome } from "./http-client";
import type { OutcomeLog } from "./outcome-log";
import type { People } from "./people";

export interface LiveRun {
  http: HttpClient;
  log: OutcomeLog;
  peakPerMinute: number;
  concurrency: number;
  nextEvent: () => EventReport;
  /** Draws how many events arrive each tick. */
  arrivals: Random;
  /** Everyone who works the cases the events open. */
  people: People;
  stop: AbortSignal;
}

const EVENT_TICK_MS = 1_000;
const SUMMARY_EVERY_MS = 10_000;
/** On stop, reports still in flight get this long to finish before they are cut. */
const STOP_GRACE_MS = 2_000;

const isServerDown = (outcome: HttpOutcome) => outcome.kind === "unreachable" || outcome.status >= 500;

/** Posts events at the time-of-day rate while the people work the cases, until `stop` fires. */
export async function runLive(run: LiveRun): Promise<void> {
  const { log } = run;
  const backoff = createBackoff();
  const inFlight = new Set<Promise<void>>();
  let skipped = 0;

  const report = (event: EventReport) => {
    const request = run.http.post("/api/events", event).then((outcome) => {
      log.record("/api/events", outcome);
      if (run.stop.aborted) return;
      run.people.remember(event, outcome);
      if (!isServerDown(outcome)) {
        if (backoff.recordSuccess()) console.log("server answers again, resuming");
      } else if (!backoff.isWaiting(Date.now())) {
        console.warn(`server down or failing, pausing ${backoff.recordFailure(Date.now()) / 1000} s`);
      }
    });
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
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
      report(run.nextEvent());
    }
  };

  const summarise = () => {
    const rate = expectedEventsPerMinute(new Date(), run.peakPerMinute).toFixed(1);
    log.flush(`${rate} events/min expected now${skipped > 0 ? `, ${skipped} skipped (server slow)` : ""}`);
    console.log(`  ${run.people.describe()}`);
    skipped = 0;
  };

  const timers = [setInterval(postEvents, EVENT_TICK_MS), setInterval(summarise, SUMMARY_EVERY_MS)];
  await stopped(run.stop);
  for (const timer of timers) clearInterval(timer);

  const grace = setTimeout(() => run.http.close(), STOP_GRACE_MS);
  await Promise.allSettled([...inFlight, run.people.stop()]);
  clearTimeout(grace);
  summarise();
}

function stopped(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
