import type { Kysely } from "kysely";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Channel } from "@/lib/contracts/event-report";
import type { Priority, Stage } from "@/lib/contracts/stage";
import { openStages } from "@/lib/contracts/stage";
import { isUuid, onlyUuids } from "../is-uuid";

// As the 12345 satisfaction rate counts them (hotline-kpi.repository.ts).
const satisfiedRatings: ReadonlySet<string> = new Set(["satisfied", "basically_satisfied"]);
import type { Database } from "../schema";

export function caseSummaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom("cases")
    .leftJoin("workers", "workers.id", "cases.assignee_id")
    .select([
      "cases.id",
      "cases.code",
      "cases.category",
      "cases.channel",
      "cases.priority",
      "cases.stage",
      "cases.description",
      "cases.lat",
      "cases.lng",
      "cases.grid_cell",
      "cases.district",
      "cases.location_approximate",
      "cases.department",
      "cases.assignee_id",
      "workers.name as assignee_name",
      "cases.created_at",
      "cases.dispatched_at",
      "cases.version",
      "cases.overdue_since",
      "cases.escalated_at",
      "cases.rating",
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof caseSummaryQuery>["executeTakeFirstOrThrow"]>>;

export function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    code: row.code,
    category: row.category,
    channel: row.channel as Channel,
    priority: row.priority as Priority,
    stage: row.stage as Stage,
    description: row.description,
    lat: row.lat,
    lng: row.lng,
    gridCell: row.grid_cell,
    district: row.district,
    locationApproximate: row.location_approximate,
    department: row.department,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    createdAt: new Date(row.created_at).toISOString(),
    dispatchedAt: row.dispatched_at ? new Date(row.dispatched_at).toISOString() : null,
    overdue: row.overdue_since !== null,
    escalated: row.escalated_at !== null,
    satisfied: row.rating === null ? null : satisfiedRatings.has(row.rating),
    version: row.version,
  };
}

export async function findCaseSummary(db: Kysely<Database>, id: string): Promise<CaseSummary | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await caseSummaryQuery(db).where("cases.id", "=", id).executeTakeFirst();
  return row && toSummary(row);
}

/** Summaries of several cases in one query, in no particular order; unknown ids are left out. */
export async function findCaseSummaries(db: Kysely<Database>, ids: readonly string[]): Promise<CaseSummary[]> {
  const known = onlyUuids(ids);
  if (known.length === 0) return [];
  const rows = await caseSummaryQuery(db).where("cases.id", "in", known).execute();
  return rows.map(toSummary);
}

/**
 * What a wall screen starts from: open cases, then the ones finished in the last day, each newest first,
 * `limit` in all. Open cases go first so that a backlog longer than the limit loses finished cases,
 * not its oldest (most overdue) open ones.
 */
export async function listScreenCases(db: Kysely<Database>, limit: number): Promise<CaseSummary[]> {
  const rows = await caseSummaryQuery(db)
    .where((eb) => eb.or([eb("cases.stage", "in", openStages), eb("cases.updated_at", ">", new Date(Date.now() - 86_400_000))]))
    .orderBy((eb) => eb("cases.stage", "in", openStages), "desc")
    .orderBy("cases.created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

/** Cases in the given stages, oldest first: a backlog in the order it arrived. */
export async function listCasesInStages(db: Kysely<Database>, stages: readonly Stage[], limit: number): Promise<CaseSummary[]> {
  const rows = await caseSummaryQuery(db)
    .where("cases.stage", "in", stages)
    .orderBy("cases.created_at", "asc")
    .orderBy("cases.id", "asc")
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}
