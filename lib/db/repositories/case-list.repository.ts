import type { Kysely } from "kysely";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { CaseCursor, CaseFilter } from "@/lib/contracts/case-query";
import type { Database } from "../schema";
import { caseSummaryQuery, toSummary } from "./cases.repository";

/** Cases matching every given filter, newest first; `before` continues after the previous page's last case. */
export async function listCases(
  db: Kysely<Database>,
  filter: CaseFilter,
  page: { limit: number; before?: CaseCursor },
): Promise<CaseSummary[]> {
  let query = caseSummaryQuery(db);
  if (filter.stage) query = query.where("cases.stage", "in", filter.stage);
  if (filter.overdue !== undefined) query = query.where("cases.overdue_since", filter.overdue ? "is not" : "is", null);
  if (filter.department) query = query.where("cases.department", "=", filter.department);
  if (filter.district !== undefined) query = query.where("cases.district", "=", filter.district);
  if (filter.category) query = query.where("cases.category", "=", filter.category);
  const { before } = page;
  if (before) {
    query = query.where((eb) =>
      eb(eb.refTuple("cases.created_at", "cases.id"), "<", eb.tuple(new Date(before.createdAt), before.id)),
    );
  }
  const rows = await query.orderBy("cases.created_at", "desc").orderBy("cases.id", "desc").limit(page.limit).execute();
  return rows.map(toSummary);
}

export interface DuplicateArea {
  category: string;
  excludeId: string;
  stages: readonly string[];
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
  from: Date;
  to: Date;
}

/** Cases of one category inside a box and a time span: the rough cut the duplicate rule then decides on. */
export async function listCasesInArea(db: Kysely<Database>, area: DuplicateArea, limit = 50): Promise<CaseSummary[]> {
  const rows = await caseSummaryQuery(db)
    .where("cases.category", "=", area.category)
    .where("cases.id", "<>", area.excludeId)
    .where("cases.stage", "in", area.stages)
    .where("cases.created_at", ">=", area.from)
    .where("cases.created_at", "<=", area.to)
    .where("cases.lat", ">=", area.minLat)
    .where("cases.lat", "<=", area.maxLat)
    .where("cases.lng", ">=", area.minLng)
    .where("cases.lng", "<=", area.maxLng)
    .orderBy("cases.created_at")
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}
