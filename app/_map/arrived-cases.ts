import type { CaseSummary } from "@/lib/contracts";
import type { CaseLookup } from "@/app/_live/case-collection";

export interface ArrivedCases {
  readonly cases: readonly CaseSummary[];
  /** Client time (ms) of the latest arrival, or null when none. */
  readonly latestAt: number | null;
}

/** The newly arrived cases still held, and when the last of them came. */
export function arrivedCases(arrivals: Iterable<readonly [string, number]>, cases: CaseLookup): ArrivedCases {
  const arrived: CaseSummary[] = [];
  let latestAt: number | null = null;
  for (const [id, arrivedAt] of arrivals) {
    const summary = cases.get(id);
    if (!summary) continue;
    arrived.push(summary);
    latestAt = Math.max(latestAt ?? arrivedAt, arrivedAt);
  }
  return { cases: arrived, latestAt };
}
