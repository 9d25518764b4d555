import type { CaseSummary } from "@/lib/contracts";
import { openStages } from "@/lib/contracts";

/**
 * Keeps at most `max` cases in a map the caller owns: the oldest finished ones are dropped first,
 * then the oldest open ones.
 */
export function boundCases(cases: Map<string, CaseSummary>, max: number): Map<string, CaseSummary> {
  const excess = cases.size - max;
  if (excess <= 0) return cases;

  const byDropOrder = [...cases.values()]
    .map((summary) => ({ id: summary.id, open: openStages.includes(summary.stage), time: Date.parse(summary.createdAt) }))
    .sort((a, b) => Number(a.open) - Number(b.open) || a.time - b.time);
  for (const dropped of byDropOrder.slice(0, excess)) cases.delete(dropped.id);
  return cases;
}
