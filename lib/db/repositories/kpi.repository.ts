import { sql, type Kysely } from "kysely";
import type { BacklogRow, Kpi } from "@/lib/contracts/kpi";
import { openStages } from "@/lib/contracts/stage";
import { lastDayStart, lastDayTrend, type HourlyCounts } from "@/lib/domain/kpi/last-day-trend";
import { startOfShanghaiDay } from "@/lib/domain/time/shanghai-day";
import type { Database } from "../schema";
import { computeHotlineKpis } from "./hotline-kpi.repository";

/** The wall screen's counters for the current Shanghai day; see docs/closed-loop.md "KPIs" for definitions. */
export async function computeKpi(db: Kysely<Database>, now: Date): Promise<Kpi> {
  const dayStart = startOfShanghaiDay(now);
  const today = await db
    .selectFrom("cases")
    .select([
      sql<number>`count(*)::int`.as("cases_today"),
      sql<number>`count(dispatched_at)::int`.as("dispatched_today"),
      sql<number | null>`avg(extract(epoch FROM dispatched_at - created_at))::float8`.as("mean_seconds"),
    ])
    .where("created_at", ">=", dayStart)
    .executeTakeFirstOrThrow();
  const [rates] = await computeHotlineKpis(db, { from: dayStart, to: now }, "city");
  const backlogByDepartment = await openCasesBy(db, sql`department`);
  const backlogByDistrict = await openCasesBy(db, sql`district::text`);
  const openCases = backlogByDepartment.reduce((sum, row) => sum + row.open, 0);
  const onDuty = await db
    .selectFrom("workers")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("on_duty", "=", true)
    .executeTakeFirstOrThrow();
  return {
    computedAt: now.toISOString(),
    casesToday: today.cases_today,
    dispatchedToday: today.dispatched_today,
    openCases,
    meanSecondsToDispatch: today.mean_seconds === null ? null : Math.round(today.mean_seconds * 1000) / 1000,
    workersOnDuty: onDuty.n,
    onTimeSignForRate: rates?.onTimeSignForRate ?? null,
    onTimeCloseRate: rates?.onTimeCloseRate ?? null,
    satisfactionRate: rates?.satisfactionRate ?? null,
    backlogByDepartment,
    backlogByDistrict,
    lastDay: await lastDay(db, now, openCases),
  };
}

async function openCasesBy(db: Kysely<Database>, group: ReturnType<typeof sql>): Promise<BacklogRow[]> {
  const { rows } = await sql<{ group: string | null; open: number }>`
    SELECT ${group} AS "group", count(*)::int AS open
    FROM cases WHERE stage IN (${sql.join(openStages)})
    GROUP BY 1 ORDER BY 2 DESC, 1`.execute(db);
  return rows.map((row) => ({ group: row.group ?? "unknown", open: row.open }));
}

/** Cases reported, stage changes into and out of the open stages, and dispatch times, per hour of the last day. */
async function lastDay(db: Kysely<Database>, now: Date, openNow: number) {
  const since = lastDayStart(now);
  const hourOf = (column: string) => sql<number>`floor(extract(epoch FROM ${sql.ref(column)} - ${since}::timestamptz) / 3600)::int`;
  const open = sql.join(openStages);
  const reported = await sql<HourlyCounts>`
    SELECT ${hourOf("created_at")} AS hour, count(*)::int AS value
    FROM cases WHERE created_at >= ${since} AND created_at <= ${now} GROUP BY 1`.execute(db);
  const openedNet = await sql<HourlyCounts>`
    SELECT ${hourOf("at")} AS hour,
      (count(*) FILTER (WHERE to_stage IN (${open}) AND (from_stage IS NULL OR from_stage NOT IN (${open})))
        - count(*) FILTER (WHERE from_stage IN (${open}) AND to_stage NOT IN (${open})))::int AS value
    FROM case_history
    WHERE at >= ${since} AND at <= ${now} AND to_stage IS DISTINCT FROM from_stage
    GROUP BY 1`.execute(db);
  const medians = await sql<HourlyCounts>`
    SELECT ${hourOf("dispatched_at")} AS hour,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dispatched_at - created_at))::float8 AS value
    FROM cases WHERE dispatched_at IS NOT NULL AND dispatched_at >= ${since} AND dispatched_at <= ${now} GROUP BY 1`.execute(db);
  return lastDayTrend({ now, openNow, reported: reported.rows, openedNet: openedNet.rows, medianSecondsToDispatch: medians.rows });
}
