import pg from "pg";
import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { waitForDrain } from "../drain";
import { runOpenLoop, describeSending } from "../load/open-loop";
import { stormEvents } from "../load/storm-events";
import { percentile } from "../statistics";

/** Huangpu and Jing'an: the storm's heart, where 80 % of its reports come from. */
const HARDEST_HIT = [310101, 310106];
const STORM_SECONDS = 600;
const SEARCH_KM = 8;

// A case waiting for a worker while one within the search radius could have taken it: on duty, with
// the category's skills and room under their limit now. Loads only grow in this run (nobody signs
// for or finishes anything, SLA clocks run at real minutes), so room now means room all along.
const WAITING_WHILE_FREE_SQL = `
  SELECT count(*)::int AS n FROM cases c JOIN categories k ON k.code = c.category
  WHERE c.id = ANY($1::uuid[]) AND c.stage IN ('accepted', 'reopened') AND c.lat IS NOT NULL AND k.auto_dispatch
    AND EXISTS (
      SELECT 1 FROM workers w
      WHERE w.on_duty AND w.load < w.max_load AND w.skills @> k.skills
        AND 2 * 6371 * asin(sqrt(power(sin(radians(w.lat - c.lat) / 2), 2)
              + cos(radians(c.lat)) * cos(radians(w.lat)) * power(sin(radians(w.lng - c.lng) / 2), 2))) <= $2)`;

const FIRST_ASSIGNMENTS_SQL = `
  SELECT DISTINCT ON (a.case_id) extract(epoch FROM a.assigned_at - e.received_at) * 1000 AS ms, a.distance_m
  FROM assignments a JOIN events e ON e.case_id = a.case_id
  WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.case_id, a.assigned_at`;

/**
 * A storm on the demo city's real roster (its 300 workers, their skills and load limits; no reserve):
 * 2,000 reports in 10 minutes, 80 % in two districts, sent 10× faster (one minute) with SLA clocks at
 * real minutes so that no recall mixes in. After the run, from the database: cases left waiting
 * while an eligible worker within the search radius had room, mean travel and time to dispatch.
 */
export const dispatchStormFigure: BenchFigure = {
  name: "dispatch storm",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const count = env.smoke ? 200 : 2_000;
    const speedUp = env.smoke ? 240 : 10;
    const rate = count / (STORM_SECONDS / speedUp);
    const stack = await env.ownStack({ reserveWorkers: 0, env: { DISPATCH_SEARCH_KM: String(SEARCH_KM) } });
    try {
      const events = stormEvents({ label: "storm", count, districts: HARDEST_HIT, share: 0.8 });
      const load = await runOpenLoop({ baseUrl: stack.baseUrl, path: "/api/events", ratePerSecond: rate, count, connections: 16, body: (i) => events.bodies[i]! });
      await waitForDrain(stack);
      const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
      const [waiting, first] = await Promise.all([
        pool.query<{ n: number }>(WAITING_WHILE_FREE_SQL, [events.caseIds, SEARCH_KM]),
        pool.query<{ ms: string; distance_m: number }>(FIRST_ASSIGNMENTS_SQL, [events.caseIds]),
      ]);
      await pool.end();
      const waitingWhileFree = waiting.rows[0]!.n;
      const dispatchMs = first.rows.map((r) => Number(r.ms));
      const travelKm = first.rows.reduce((sum, r) => sum + r.distance_m, 0) / 1000 / Math.max(1, first.rows.length);
      env.log(`dispatch storm: ${describeSending({ count, ratePerSecond: rate }, load)}, ${load.accepted} accepted, ${first.rows.length} dispatched, ${waitingWhileFree} waiting while a worker was free`);
      const storm = `${count.toLocaleString("en")} in 10 min at ${speedUp}× speed, 80 % in two districts, the demo's 300 workers`;
      const row = (key: string, figure: string, unit: string, tonglan: number, better: Measurement["better"], bar?: { text: string; meets: boolean }): Measurement => ({
        key, figure, unit, tonglan, baseline: Number.NaN, baselineName: "", better, ...(bar && { bar: bar.text, meetsBar: bar.meets }),
      });
      return [
        row("storm.waiting_while_free", `storm (${storm}): cases waiting while an eligible worker within ${SEARCH_KM} km had room`, "cases", waitingWhileFree, "lower", { text: "0", meets: waitingWhileFree === 0 }),
        row("storm.dispatched", "storm: cases given a worker", "cases", first.rows.length, "higher"),
        row("storm.travel", "storm: mean travel to the case", "km", travelKm, "lower"),
        row("storm.dispatch_p50", "storm: time to dispatch p50 (accepted → assignment stored)", "ms", percentile(dispatchMs, 50), "lower"),
        row("storm.dispatch_p99", "storm: time to dispatch p99", "ms", percentile(dispatchMs, 99), "lower"),
      ];
    } finally {
      await stack.stop();
    }
  },
};
