import { Pool } from "undici";

export interface ClosedLoopPlan {
  baseUrl: string;
  path: string;
  count: number;
  /** Requests in flight at once, each connection sending its next as soon as the last is answered. */
  connections: number;
  body(index: number): string;
  /** Sent with every request beside its content type, e.g. a gateway's bearer token. */
  headers?: Record<string, string>;
}

export interface ClosedLoopResult {
  accepted: number;
  failed: number;
  statuses: Record<number, number>;
  elapsedMs: number;
}

/** Sends `count` POSTs as fast as the server answers them, over a few keep-alive connections: a throughput ceiling. */
export async function runClosedLoop(plan: ClosedLoopPlan): Promise<ClosedLoopResult> {
  const pool = new Pool(plan.baseUrl, { connections: plan.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const result: ClosedLoopResult = { accepted: 0, failed: 0, statuses: {}, elapsedMs: 0 };
  let next = 0;
  const connection = async () => {
    while (next < plan.count) {
      const body = plan.body(next++);
      try {
        const answer = await pool.request({ path: plan.path, method: "POST", headers: { ...plan.headers, "content-type": "application/json" }, body });
        await answer.body.dump();
        result.statuses[answer.statusCode] = (result.statuses[answer.statusCode] ?? 0) + 1;
        if (answer.statusCode < 300) result.accepted++;
        else result.failed++;
      } catch {
        result.failed++;
      }
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: plan.connections }, connection));
  result.elapsedMs = performance.now() - startedAt;
  await pool.close();
  return result;
}
