import { sql, type Kysely } from "kysely";
import type { Kpi } from "@/lib/contracts/kpi";
import { openStages } from "@/lib/contracts/stage";
import { startOfShanghaiDay } from "@/lib/domain/time/shanghai-day";
import type { Database } from "../schema";

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
  const open = await db
    .selectFrom("cases")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("stage", "in", openStages)
    .executeTakeFirstOrThrow();
  const onDuty = await db
    .selectFrom("workers")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("on_duty", "=", true)
    .executeTakeFirstOrThrow();
  return {
    computedAt: now.toISOString(),
    casesToday: today.cases_today,
    dispatchedToday: today.dispatched_today,
    openCases: open.n,
    meanSecondsToDispatch: today.mean_seconds === null ? null : Math.round(today.mean_seconds * 1000) / 1000,
    workersOnDuty: onDuty.n,
  };
}
