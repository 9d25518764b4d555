import type { EventReport } from "@/lib/contracts";
import { createOutcomeLog } from "./outcome-log";
import type { HttpClient } from "./http-client";

export interface BurstRun {
  http: HttpClient;
  count: number;
  concurrency: number;
  nextEvent: () => EventReport;
  stop: AbortSignal;
}

const PROGRESS_EVERY_MS = 5_000;

/** Posts `count` events as fast as `concurrency` requests in flight allow; true when all were accepted. */
export async function runBurst(run: BurstRun): Promise<boolean> {
  const log = createOutcomeLog();
  const latenciesMs: number[] = [];
  let started = 0;
  let accepted = 0;

  const lane = async () => {
    while (started < run.count && !run.stop.aborted) {
      started++;
      const event = run.nextEvent();
      const sentAt = performance.now();
      const outcome = await run.http.post("/api/events", event);
      latenciesMs.push(performance.now() - sentAt);
      log.record("/api/events", outcome);
      if (outcome.kind === "response" && outcome.status === 202) accepted++;
    }
  };

  const begin = performance.now();
  const progress = setInterval(() => log.flush(`${latenciesMs.length}/${run.count} done`), PROGRESS_EVERY_MS);
  await Promise.all(Array.from({ length: Math.min(run.concurrency, run.count) }, lane));
  clearInterval(progress);
  const seconds = (performance.now() - begin) / 1000;

  log.flush();
  latenciesMs.sort((a, b) => a - b);
  const done = latenciesMs.length;
  console.log(
    `${done} events in ${seconds.toFixed(2)} s (${(done / seconds).toFixed(0)}/s), ${accepted} accepted with 202; ` +
      `latency p50 ${percentile(latenciesMs, 0.5).toFixed(1)} ms, p99 ${percentile(latenciesMs, 0.99).toFixed(1)} ms`,
  );
  return accepted === run.count;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
