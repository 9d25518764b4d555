import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { runOpenLoop, describeSending } from "../load/open-loop";
import { stormEvents } from "../load/storm-events";
import { percentile } from "../statistics";

// 垃圾堆积: sign for within 30 SLA minutes, the same deadline for every case of the storm.
const CATEGORY = "garbage_pileup";
const SIGN_FOR_MINUTES = 30;
const STALL_MS = 30_000;

interface Recalled {
  /** The sign-for deadline → the task stored with its next worker; null while it waits. */
  ms: string | null;
  workers: number;
}

// Each case's first missed sign-for, and how long after that deadline its next assignment was stored.
const RECALLED_SQL = `
  SELECT extract(epoch FROM (SELECT a.assigned_at FROM assignments a WHERE a.case_id = b.case_id ORDER BY a.assigned_at OFFSET 1 LIMIT 1) - b.due_at) * 1000 AS ms,
         (SELECT count(DISTINCT a.worker_id) FROM assignments a WHERE a.case_id = b.case_id)::int AS workers
  FROM sla_breaches b WHERE b.case_id = ANY($1::uuid[]) AND b.clock = 'sign_for' AND b.response = 'reassign'`;

/**
 * Thousands of sign-for deadlines passing together: a burst of one category, dispatched within a few
 * seconds, that nobody signs for, on a stack whose SLA minute lasts `minuteMs`. Figures: how long
 * after its deadline each task was recalled and stored with another worker, median and the last.
 */
export const slaStormFigure: BenchFigure = {
  name: "sla storm",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const count = env.smoke ? 200 : 2_000;
    const minuteMs = env.smoke ? 50 : 500;
    // The demo's workers and a reserve with room for every task twice, so each recall finds someone.
    const stack = await env.ownStack({ reserveWorkers: env.smoke ? 200 : 1_000, env: { SLA_MINUTE_MS: String(minuteMs) } });
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
    try {
      const events = stormEvents({ label: "sla-storm", count, districts: [310101, 310106], share: 0.8, categories: [CATEGORY] });
      const load = await runOpenLoop({ baseUrl: stack.baseUrl, path: "/api/events", ratePerSecond: 5_000, count, connections: 32, body: (i) => events.bodies[i]! });
      env.log(`sla storm: ${describeSending({ count, ratePerSecond: 5_000 }, load)}, ${load.accepted} accepted; deadlines ${(SIGN_FOR_MINUTES * minuteMs) / 1000} s after dispatch`);
      const rows = await untilSettled(pool, events.caseIds, count, SIGN_FOR_MINUTES * minuteMs + STALL_MS);
      const lags = rows.flatMap((r) => (r.ms === null ? [] : [Number(r.ms)]));
      const toAnother = rows.filter((r) => r.ms !== null && r.workers >= 2).length;
      env.log(`sla storm: ${rows.length} breached, ${lags.length} dispatched again, ${toAnother} to another worker`);
      const row = (key: string, figure: string, unit: string, tonglan: number, better: Measurement["better"]): Measurement => ({
        key, figure, unit, tonglan, baseline: Number.NaN, baselineName: "", better,
      });
      return [
        row("sla_storm.last", `SLA storm: ${count.toLocaleString("en")} sign-for deadlines passing together, the last task recalled and re-dispatched, after its deadline`, "ms", lags.length === count ? Math.max(...lags) : Number.NaN, "lower"),
        row("sla_storm.p50", "SLA storm: recalled and re-dispatched after the deadline, p50", "ms", percentile(lags, 50), "lower"),
        row("sla_storm.to_another", "SLA storm: tasks re-dispatched to another worker", "cases", toAnother, "higher"),
      ];
    } finally {
      await pool.end();
      await stack.stop();
    }
  },
};

/** Polls until every case was dispatched again, or nothing changed for `stallMs`. */
async function untilSettled(pool: pg.Pool, caseIds: readonly string[], count: number, stallMs: number): Promise<Recalled[]> {
  let rows: Recalled[] = [];
  let done = -1;
  let lastChange = Date.now();
  while (Date.now() - lastChange < stallMs) {
    rows = (await pool.query<Recalled>(RECALLED_SQL, [caseIds])).rows;
    const now = rows.filter((r) => r.ms !== null).length;
    if (now === count) break;
    if (now !== done) {
      done = now;
      lastChange = Date.now();
    }
    await sleep(250);
  }
  return rows;
}
