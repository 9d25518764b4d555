import { encodeCaseCursor, type CaseFilter, type CaseList, type CaseQuery } from "@/lib/contracts/case-query";
import { listCases } from "@/lib/db/repositories/case-list.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { caseSummarySeenBy } from "@/lib/domain/identity/mask-case-summary";
import type { PipelineContext } from "./pipeline-context";

/** Department staff list only their own department's cases, whatever they asked for; the desk lists any. */
export function scopedFilter(filter: CaseFilter, actor: Actor): CaseFilter {
  return actor.role === "department_staff" ? { ...filter, department: actor.department ?? "" } : filter;
}

/** One page of the queue, newest first, and where the next page starts. */
export async function listCasesFor(ctx: Pick<PipelineContext, "db">, query: CaseQuery, actor: Actor): Promise<CaseList> {
  const { limit, before, ...filter } = query;
  // One more than asked tells whether another page exists.
  const rows = await listCases(ctx.db, scopedFilter(filter, actor), { limit: limit + 1, ...(before && { before }) });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    cases: page.map((summary) => caseSummarySeenBy(actor, summary)),
    nextBefore: rows.length > limit && last ? encodeCaseCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
