import { sql, type Kysely } from "kysely";
import type { HotlineKpiRow, KpiGrouping } from "@/lib/contracts/hotline-kpi";
import type { Database } from "../schema";

interface KpiSqlRow {
  group: string | null;
  cases: number;
  sign_for_settled: number;
  sign_for_on_time: number;
  resolved: number;
  resolved_on_time: number;
  rated: number;
  satisfied: number;
  reopened: number;
  to_dispatch: number | null;
  to_sign_for: number | null;
  to_arrive: number | null;
  to_resolve: number | null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const roundMinutes = (m: number | null) => (m === null ? null : Math.round(m * 10) / 10);

/**
 * The hotline KPIs over cases created in [from, to), per department or district, or for the whole
 * city as one row (none when no case was created); the only place they are computed. See
 * docs/closed-loop.md "KPIs" for each definition.
 */
export async function computeHotlineKpis(
  db: Kysely<Database>,
  period: { from: Date; to: Date },
  groupBy: KpiGrouping | "city",
): Promise<HotlineKpiRow[]> {
  const group = groupBy === "department" ? sql`c.department` : groupBy === "district" ? sql`c.district::text` : sql`'city'`;
  const minutesBetween = (a: string, b: string) => sql`avg(extract(epoch FROM ${sql.ref(b)} - ${sql.ref(a)}) / 60)::float8`;
  const breached = (clock: string) =>
    sql`EXISTS (SELECT 1 FROM sla_breaches b WHERE b.case_id = c.id AND b.clock = ${clock})`;
  const { rows } = await sql<KpiSqlRow>`
    SELECT ${group} AS "group",
      count(*)::int AS cases,
      count(*) FILTER (WHERE c.signed_for_at IS NOT NULL OR ${breached("sign_for")})::int AS sign_for_settled,
      count(*) FILTER (WHERE c.signed_for_at IS NOT NULL AND NOT ${breached("sign_for")})::int AS sign_for_on_time,
      count(*) FILTER (WHERE c.resolved_at IS NOT NULL)::int AS resolved,
      count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND NOT ${breached("resolve")})::int AS resolved_on_time,
      count(*) FILTER (WHERE c.rating IS NOT NULL)::int AS rated,
      count(*) FILTER (WHERE c.rating IN ('satisfied', 'basically_satisfied'))::int AS satisfied,
      count(*) FILTER (WHERE c.reopen_count > 0)::int AS reopened,
      ${minutesBetween("c.created_at", "c.dispatched_at")} AS to_dispatch,
      ${minutesBetween("c.dispatched_at", "c.signed_for_at")} AS to_sign_for,
      ${minutesBetween("c.signed_for_at", "c.arrived_at")} AS to_arrive,
      ${minutesBetween("c.created_at", "c.resolved_at")} AS to_resolve
    FROM cases c
    WHERE c.created_at >= ${period.from} AND c.created_at < ${period.to}
    GROUP BY 1
    ORDER BY 1`.execute(db);
  return rows.map((r) => ({
    group: r.group ?? "unknown",
    cases: r.cases,
    onTimeSignForRate: ratio(r.sign_for_on_time, r.sign_for_settled),
    onTimeCloseRate: ratio(r.resolved_on_time, r.resolved),
    satisfactionRate: ratio(r.satisfied, r.rated),
    reopenRate: ratio(r.reopened, r.resolved),
    meanMinutes: {
      toDispatch: roundMinutes(r.to_dispatch),
      toSignFor: roundMinutes(r.to_sign_for),
      toArrive: roundMinutes(r.to_arrive),
      toResolve: roundMinutes(r.to_resolve),
    },
  }));
}
