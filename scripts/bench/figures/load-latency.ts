import pg from "pg";
import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { waitForDrain } from "../drain";
import { watchDispatched } from "../load/await-dispatched";
import { benchEvents } from "../load/bench-events";
import { runOpenLoop, describeSending } from "../load/open-loop";
import { startScreenFleet, type FleetArrivals } from "../load/screen-fleet";
import { percentile } from "../statistics";

const RATE = 1_000;

interface Latencies {
  /** Event accepted → assignment stored, from the database's own timestamps. */
  dispatchMs: number[];
  /** Request due → the case's first delta at each connected screen. */
  screenMs: number[];
  /** Socket frame bytes each screen received per event sent. */
  bytesPerEventPerScreen: number;
}

const TONGLAN_DISPATCH_SQL = `SELECT extract(epoch FROM a.assigned_at - e.received_at) * 1000 AS ms
  FROM events e JOIN assignments a ON a.case_id = e.case_id WHERE e.case_id = ANY($1::uuid[])`;
const NAIVE_DISPATCH_SQL = `SELECT extract(epoch FROM assigned_at - received_at) * 1000 AS ms
  FROM naive_cases WHERE id = ANY($1::text[]) AND assigned_at IS NOT NULL`;

async function underLoad(
  baseUrl: string, path: string, databaseUrl: string, sql: string, label: string, env: BenchEnv,
): Promise<Latencies> {
  const clients = env.smoke ? 20 : 200;
  const count = env.smoke ? 2_000 : 5_000;
  const events = benchEvents(label, count);
  const dueAt = new Float64Array(count);
  const watch = watchDispatched(events.caseIds);
  const screens = await startScreenFleet(baseUrl, clients, events.caseIds, (i, at) =>
    watch.hear({ kind: "case", case: { id: events.caseIds[i]!, stage: "dispatched" } }, at),
  );
  let arrivals: FleetArrivals;
  try {
    const load = await runOpenLoop({
      baseUrl, path, ratePerSecond: RATE, count, connections: 32,
      body: (i) => events.bodies[i]!,
      onDue: (i, at) => (dueAt[i] = at),
    });
    const { dispatched } = await watch.settled(10_000);
    env.log(`latency ${label}: ${describeSending({ count, ratePerSecond: RATE }, load)}, ${dispatched} dispatched`);
  } finally {
    arrivals = await screens.stop();
  }
  const screenMs: number[] = [];
  for (let client = 0; client < clients; client++) {
    for (let i = 0; i < count; i++) {
      const at = arrivals.at(client, i);
      if (!Number.isNaN(at)) screenMs.push(at - dueAt[i]!);
    }
  }
  env.log(`latency ${label}: ${screenMs.length} of ${clients * count} screen deliveries`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const rows = (await pool.query<{ ms: string }>(sql, [events.caseIds])).rows;
  await pool.end();
  return { dispatchMs: rows.map((r) => Number(r.ms)), screenMs, bytesPerEventPerScreen: arrivals.bytes / count / clients };
}

/**
 * At 1,000 events/s with 200 screens connected: dispatch latency (accepted → assignment stored)
 * and report → visible on every screen, each beside the naive handler under the same load.
 */
export const loadLatencyFigure: BenchFigure = {
  name: "latency at 1,000 events/s",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const stack = await env.stack();
    const baseline = await env.baseline();
    await waitForDrain(stack);
    const tonglan = await underLoad(stack.baseUrl, "/api/events", stack.databaseUrl, TONGLAN_DISPATCH_SQL, "latency", env);
    await waitForDrain(stack);
    const naive = await underLoad(baseline.baseUrl, "/events", stack.databaseUrl, NAIVE_DISPATCH_SQL, "latency-naive", env);
    const clients = env.smoke ? 20 : 200;
    const row = (key: string, figure: string, pick: (l: Latencies) => number[], p: number, bar?: { text: string; ms: number }): Measurement => {
      const value = percentile(pick(tonglan), p);
      return {
        key, figure, unit: "ms",
        tonglan: value,
        baseline: percentile(pick(naive), p),
        baselineName: "handler inserts + emits, no queue",
        better: "lower",
        ...(bar && { bar: bar.text, meetsBar: value <= bar.ms }),
      };
    };
    return [
      row("dispatch.p50", "dispatch latency p50 at 1,000/s (accepted → assignment stored)", (l) => l.dispatchMs, 50, { text: "≤ 3 ms", ms: 3 }),
      row("dispatch.p95", "dispatch latency p95 at 1,000/s", (l) => l.dispatchMs, 95),
      row("dispatch.p99", "dispatch latency p99 at 1,000/s", (l) => l.dispatchMs, 99, { text: "≤ 30 ms", ms: 30 }),
      row("screen.p50", `report → visible on ${clients} screens, p50 at 1,000/s`, (l) => l.screenMs, 50),
      row("screen.p99", `report → visible on ${clients} screens, p99 at 1,000/s`, (l) => l.screenMs, 99, { text: "≤ 50 ms", ms: 50 }),
      {
        key: "screen.bytes",
        figure: `bytes sent per event per screen (${clients} screens at 1,000/s)`,
        unit: "B",
        tonglan: tonglan.bytesPerEventPerScreen,
        baseline: naive.bytesPerEventPerScreen,
        baselineName: "one small delta per event",
        better: "lower",
      },
    ];
  },
};
