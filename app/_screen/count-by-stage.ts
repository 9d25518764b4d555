import type { CaseSummary, Stage } from "@/lib/contracts";

export function countByStage(cases: Iterable<CaseSummary>): Partial<Record<Stage, number>> {
  const counts: Partial<Record<Stage, number>> = {};
  for (const summary of cases) counts[summary.stage] = (counts[summary.stage] ?? 0) + 1;
  return counts;
}
