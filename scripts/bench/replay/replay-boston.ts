import path from "node:path";
import pg from "pg";
import type { EventReport } from "@/lib/contracts/event-report";
import { caseIdForEvent, eventIdForKey } from "@/lib/domain/ids";
import type { BenchEnv } from "../figure";
import { waitForDrain } from "../drain";
import { watchDispatched } from "../load/await-dispatched";
import { runOpenLoop } from "../load/open-loop";
import { connectScreens } from "../load/screen-clients";
import { formatNumber } from "../table";
import { percentile } from "../statistics";
import { loadBostonCases, type BostonCase } from "./boston-cases";
import { BOSTON_REPLAY_DAYS, firstDays } from "./boston-window";

// The repository's subset of the export: `npm run datasets:boston` makes it (datasets/boston311/SOURCE.md).
const DATA = path.resolve(import.meta.dirname, "../../../datasets/boston311/boston-311-2015-jan-feb.csv.gz");
const DAY_MS = 86_400_000;

function report(c: BostonCase, runId: string): EventReport {
  return {
    id: `boston-${runId}-${c.id}`,
    channel: c.channel,
    category: c.category,
    description: `Boston 311 (2015): ${c.type}`,
    location: { lat: Number(c.lat.toFixed(6)), lng: Number(c.lng.toFixed(6)) },
  };
}

/**
 * Replays the first `days` of Boston's 2015 311 cases (real arrival times, types mapped onto the
 * demo's categories, places moved onto Shanghai) with a day compressed into `msPerDay`, and prints
 * throughput, dispatch latency and the share dispatched within the category's sign-for deadline
 * compressed by the same factor.
 */
export async function replayBoston(env: BenchEnv): Promise<string> {
  const days = env.smoke ? 2 : BOSTON_REPLAY_DAYS;
  const msPerDay = 1_000;
  const compression = DAY_MS / msPerDay;
  const cases = firstDays(await loadBostonCases(DATA), days);
  const start = cases[0]!.openedAt;
  const runId = Date.now().toString(36);
  const bodies = cases.map((c) => JSON.stringify(report(c, runId)));
  const caseIds = cases.map((c) => caseIdForEvent(eventIdForKey(`boston-${runId}-${c.id}`)));
  const offsets = Float64Array.from(cases, (c) => (c.openedAt - start) / compression);

  const stack = await env.stack();
  await waitForDrain(stack);
  const watch = watchDispatched(caseIds);
  const screen = await connectScreens(stack.baseUrl, 1, (_, delta, at) => watch.hear(delta, at));
  env.log(`replaying ${cases.length} Boston 311 cases of ${days} days, a day per ${msPerDay} ms`);
  const load = await runOpenLoop({
    baseUrl: stack.baseUrl, path: "/api/events", ratePerSecond: 1, offsetsMs: offsets, count: cases.length, connections: 32,
    body: (i) => bodies[i]!,
  });
  const { dispatched, lastAt } = await watch.settled(20_000);
  screen.close();

  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  const rows = (
    await pool.query<{ ms: string; sign_for_minutes: number }>(
      `SELECT extract(epoch FROM a.assigned_at - e.received_at) * 1000 AS ms, k.sla_sign_for_minutes AS sign_for_minutes
         FROM events e JOIN assignments a ON a.case_id = e.case_id JOIN categories k ON k.code = e.category
        WHERE e.case_id = ANY($1::uuid[])`,
      [caseIds],
    )
  ).rows;
  await pool.end();
  const latencies = rows.map((r) => Number(r.ms));
  const inSla = rows.filter((r) => Number(r.ms) <= (r.sign_for_minutes * 60_000) / compression).length;
  const seconds = (lastAt - load.startedAt) / 1000;
  return [
    `### Boston 311 replay: ${formatNumber(cases.length)} real cases of ${days} days (from 1 Jan 2015), a day per ${msPerDay / 1000} s (${formatNumber(compression)}× faster)`,
    "",
    "| figure | value |",
    "| --- | ---: |",
    `| accepted | ${formatNumber(load.accepted)} of ${formatNumber(cases.length)} |`,
    `| dispatched and seen on a screen | ${formatNumber(dispatched)} in ${formatNumber(seconds)} s = ${formatNumber(dispatched / seconds)} cases/s |`,
    `| dispatch latency p50 / p99 | ${formatNumber(percentile(latencies, 50))} ms / ${formatNumber(percentile(latencies, 99))} ms |`,
    `| dispatched within the sign-for deadline (compressed ${formatNumber(compression)}×) | ${formatNumber((100 * inSla) / cases.length)} % |`,
  ].join("\n");
}
