import type { CaseSummary, Priority, Stage } from "@/lib/contracts";
import { isOverdueOpen } from "./case-color";

const hiddenStages: ReadonlySet<Stage> = new Set(["rejected", "merged", "cancelled"]);
const finishedStages: ReadonlySet<Stage> = new Set(["rated", "closed"]);
const drawOrder: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export function isFinished(summary: CaseSummary): boolean {
  return finishedStages.has(summary.stage);
}

/** Cases worth a dot on the map, ordered so that open ones, overdue ones above them, and urgent ones are drawn on top. */
export function caseMapPoints(cases: Iterable<CaseSummary>): CaseSummary[] {
  const rank = (summary: CaseSummary) => (isFinished(summary) ? 0 : 10) + (isOverdueOpen(summary) ? 10 : 0) + drawOrder[summary.priority];
  return [...cases].filter((summary) => !hiddenStages.has(summary.stage)).sort((a, b) => rank(a) - rank(b));
}
