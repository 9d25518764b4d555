import { isPlaced, type CaseSummary, type Placed } from "@/lib/contracts";
import type { CaseLookup } from "@/app/_live/case-collection";

export interface ArrivedCases {
  /** Placed ones only: a case waiting for its location has nowhere to pulse. */
  readonly cases: readonly (CaseSummary & Placed)[];
  /** Client time (ms) of the latest arrival, or null when none. */
  readonly latestAt: number | null;
}

/** The newly arrived cases still held, and when the last of them came. */
export function arrivedCases(arrivals: Iterable<readonly [string, number]>, cases: CaseLookup): ArrivedCases {
  const arrived: (CaseSummary & Placed)[] = [];
  let latestAt: number | null = null;
  for (const [id, arrivedAt] of arrivals) {
    const summary = cases.get(id);
    if (!summary || !isPlaced(summary)) continue;
    arrived.push(summary);
    latestAt = Math.max(latestAt ?? arrivedAt, arrivedAt);
  }
  return { cases: arrived, latestAt };
}
