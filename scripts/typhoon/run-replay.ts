import type { EventReport } from "@/lib/contracts";
import type { HttpClient, HttpOutcome } from "@/scripts/simulator/http-client";
import { writeCapAlert } from "@/lib/domain/alerts/write-cap-alert";
import { postTextWithRetry, postWithRetry, sleep } from "./post-with-retry";
import type { ReplayStep } from "./scenario/typhoon-scenario";

export interface ReplayRun {
  http: HttpClient;
  steps: Iterable<ReplayStep>;
  /** Storm seconds per real second. */
  speed: number;
  weatherToken?: string;
  sensorToken?: string;
  /** Reports in flight at once. */
  concurrency: number;
  stop: AbortSignal;
  log: (line: string) => void;
  /** Log a summary every this many steps. */
  summaryEvery: number;
}

export interface ReplayTally {
  steps: number;
  forecasts: { sent: number; stored: number; failed: number };
  warnings: { sent: number; stored: number; failed: number };
  readings: { sent: number; stored: number; failed: number };
  events: { sent: number; accepted: number; failed: number };
}

const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const succeeded = (outcome: HttpOutcome) => outcome.kind === "response" && outcome.ok;
const describe = (outcome: HttpOutcome) => (outcome.kind === "unreachable" ? outcome.reason : `${outcome.status} ${outcome.body.slice(0, 300)}`);

/**
 * Posts the scenario's steps at the storm's pace: each step when its storm time comes at `speed`
 * (a step whose posting ran late is posted at once, never skipped), its forecast to /api/forecasts,
 * its typhoon warning signal as CAP XML to /api/alerts, its readings in one batch to /api/sensors/readings, its reports to /api/events. Ends with the steps,
 * or when `stop` fires.
 */
export async function runReplay(run: ReplayRun): Promise<ReplayTally> {
  const tally: ReplayTally = {
    steps: 0,
    forecasts: { sent: 0, stored: 0, failed: 0 },
    warnings: { sent: 0, stored: 0, failed: 0 },
    readings: { sent: 0, stored: 0, failed: 0 },
    events: { sent: 0, accepted: 0, failed: 0 },
  };
  const startedAt = Date.now();
  let firstStormTimeMs: number | null = null;
  const warned = new Set<string>();
  const warnOnce = (what: string, outcome: HttpOutcome) => {
    if (warned.has(what)) return;
    warned.add(what);
    run.log(`  ${what} refused: ${describe(outcome)}`);
  };

  for (const step of run.steps) {
    if (run.stop.aborted) break;
    firstStormTimeMs ??= step.stormTimeMs;
    await sleep(startedAt + (step.stormTimeMs - firstStormTimeMs) / run.speed - Date.now(), run.stop);
    if (run.stop.aborted) break;

    if (step.forecast) {
      tally.forecasts.sent++;
      const outcome = await postWithRetry(run.http, "/api/forecasts", step.forecast, bearer(run.weatherToken), run.stop);
      if (succeeded(outcome)) tally.forecasts.stored++;
      else {
        tally.forecasts.failed++;
        warnOnce("forecast", outcome);
      }
    }
    if (step.warning) {
      tally.warnings.sent++;
      const xml = writeCapAlert(step.warning);
      const outcome = await postTextWithRetry(run.http, "/api/alerts", xml, "application/cap+xml", bearer(run.weatherToken), run.stop);
      if (succeeded(outcome)) tally.warnings.stored++;
      else {
        tally.warnings.failed++;
        warnOnce("warning", outcome);
      }
    }
    if (step.readings.length > 0) {
      const batch = { sensorIds: step.readings.map((r) => r.sensorId), measuredAt: step.readings.map(() => step.at), values: step.readings.map((r) => r.value) };
      tally.readings.sent += step.readings.length;
      const outcome = await postWithRetry(run.http, "/api/sensors/readings", batch, bearer(run.sensorToken), run.stop);
      if (succeeded(outcome)) tally.readings.stored += step.readings.length;
      else {
        tally.readings.failed += step.readings.length;
        warnOnce("readings", outcome);
      }
    }
    await postEvents(run, step.events, tally, warnOnce);
    tally.steps++;
    if (step.index % run.summaryEvery === 0) run.log(summary(step, tally));
  }
  return tally;
}

async function postEvents(run: ReplayRun, events: readonly EventReport[], tally: ReplayTally, warnOnce: (what: string, outcome: HttpOutcome) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < events.length && !run.stop.aborted) {
      const event = events[next++]!;
      tally.events.sent++;
      const outcome = await postWithRetry(run.http, "/api/events", event, {}, run.stop);
      if (succeeded(outcome)) tally.events.accepted++;
      else {
        tally.events.failed++;
        warnOnce(`report ${event.category}`, outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(run.concurrency, events.length) }, worker));
}

function summary(step: ReplayStep, tally: ReplayTally): string {
  const { hazard } = step;
  return (
    `storm ${new Date(step.stormTimeMs).toISOString().slice(0, 16)}Z  ×${step.rateMultiple.toFixed(1)} ordinary reports  ` +
    `rain ${hazard.meanRainMmH.toFixed(1)} mm/h  ${(hazard.floodedShare * 100).toFixed(1)}% of cells under 10 cm+  |  ` +
    `forecasts ${tally.forecasts.stored}/${tally.forecasts.sent}  warnings ${tally.warnings.stored}/${tally.warnings.sent}  readings ${tally.readings.stored}/${tally.readings.sent}  reports ${tally.events.accepted}/${tally.events.sent}`
  );
}
