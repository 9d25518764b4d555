import { isPlaced, type CaseSummary, type Placed } from "@/lib/contracts/case-summary";
import type { DuplicatesResponse } from "@/lib/contracts/duplicates";
import { openStages } from "@/lib/contracts/stage";
import { listCasesInArea } from "@/lib/db/repositories/case-list.repository";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import {
  defaultDuplicateWindow,
  duplicateSearchArea,
  findDuplicates,
  type DuplicateFacts,
  type DuplicateWindow,
} from "@/lib/domain/cases/duplicate-rule";
import type { PipelineContext } from "./pipeline-context";

const factsOf = (summary: CaseSummary & Placed): DuplicateFacts => ({ ...summary, createdAt: new Date(summary.createdAt) });

/**
 * Open cases that look like the same problem as this one, from any channel, nearest first (none for
 * a case not yet placed); null when there is no such case.
 */
export async function findCaseDuplicates(
  ctx: Pick<PipelineContext, "db">,
  caseId: string,
  window: DuplicateWindow = defaultDuplicateWindow,
): Promise<DuplicatesResponse | null> {
  const subject = await findCaseSummary(ctx.db, caseId);
  if (!subject) return null;
  const shownWindow = { meters: window.meters, minutes: window.ms / 60_000 };
  if (!isPlaced(subject)) return { caseId, window: shownWindow, duplicates: [] };
  const facts = factsOf(subject);
  const nearby = await listCasesInArea(ctx.db, {
    ...duplicateSearchArea(facts, window),
    category: subject.category,
    excludeId: subject.id,
    stages: openStages,
  });
  const byId = new Map(nearby.map((summary) => [summary.id, summary]));
  const matches = findDuplicates(facts, nearby.filter(isPlaced).map(factsOf), window);
  return {
    caseId,
    window: shownWindow,
    duplicates: matches.flatMap((match) => {
      const other = byId.get(match.id);
      if (!other) return [];
      return [
        {
          case: other,
          meters: Math.round(match.meters),
          minutesApart: Math.round(match.msApart / 60_000),
          merge: match.merge,
        },
      ];
    }),
  };
}
