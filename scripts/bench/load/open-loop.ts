import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";

export interface OpenLoopPlan {
  baseUrl: string;
  path: string;
  /** Requests started per second, whatever the answers: a slow server queues, and that queueing is measured. */
  ratePerSecond: number;
  /** Instead of a steady rate, when each request is due, in ms after the start (ascending). */
  offsetsMs?: Float64Array;
  count: number;
  connections: number;
  body(index: number): string;
  /** Called when request `index` is due, with its intended start (ms since the epoch). */
  onDue?(index: number, at: number): void;
}

export interface OpenLoopResult {
  accepted: number;
  failed: number;
  statuses: Record<number, number>;
  /** Per accepted request: answer time minus intended start, so a stalled server cannot hide its backlog. */
  latenciesMs: number[];
  startedAt: number;
  /** When the last request actually started: later than planned when the generator fell behind. */
  lastSentAt: number;
  lastAnswerAt: number;
}

/** Open-loop HTTP POST load over keep-alive connections. */
export async function runOpenLoop(plan: OpenLoopPlan): Promise<OpenLoopResult> {
  const pool = new Pool(plan.baseUrl, { connections: plan.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const result: OpenLoopResult = { accepted: 0, failed: 0, statuses: {}, latenciesMs: [], startedAt: Date.now(), lastSentAt: 0, lastAnswerAt: 0 };
  const inFlight: Promise<void>[] = [];
  const intervalMs = 1000 / plan.ratePerSecond;
  const offsetOf = (index: number) => plan.offsetsMs?.[index] ?? index * intervalMs;

  const send = async (index: number, dueAt: number) => {
    plan.onDue?.(index, dueAt);
    result.lastSentAt = Date.now();
    try {
      const answer = await pool.request({
        path: plan.path,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: plan.body(index),
      });
      await answer.body.dump();
      const now = Date.now();
      result.statuses[answer.statusCode] = (result.statuses[answer.statusCode] ?? 0) + 1;
      if (answer.statusCode < 300) {
        result.accepted++;
        result.latenciesMs.push(now - dueAt);
      } else result.failed++;
      result.lastAnswerAt = Math.max(result.lastAnswerAt, now);
    } catch {
      result.failed++;
    }
  };

  let next = 0;
  while (next < plan.count) {
    const elapsed = Date.now() - result.startedAt;
    for (; next < plan.count && offsetOf(next) <= elapsed; next++) inFlight.push(send(next, result.startedAt + offsetOf(next)));
    await sleep(1);
  }
  await Promise.all(inFlight);
  await pool.close();
  return result;
}

/** How long the requests took to start against the plan: longer when the generator fell behind. */
export function describeSending(plan: Pick<OpenLoopPlan, "count" | "ratePerSecond">, result: OpenLoopResult): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${plan.count} sent in ${seconds(result.lastSentAt - result.startedAt)} (planned ${seconds((plan.count / plan.ratePerSecond) * 1000)})`;
}
