import { createReachFinder, totalTravel, type BurstCase, type BurstOutcome, type BurstPolicy, type BurstWorker } from "./burst-candidates";
import { rankWorkers, type RankedCandidate } from "./choose-worker";
import { solveMinCostAssignment } from "./min-cost-assignment";

/**
 * Assigns a burst of cases jointly so that their total travel is least, under the rules of
 * single-case dispatch: the same eligibility (on duty, every skill, room under the load limit),
 * the same travel estimate and radius, the same preference for the case's own grid. A worker
 * takes at most the room left under their load limit. As many cases as possible are served, an
 * earlier case is never left out for a later one, and the rest are reported with the reason.
 */
export function assignBurst(cases: readonly BurstCase[], workers: readonly BurstWorker[], policy: BurstPolicy): BurstOutcome {
  const column = new Map(workers.map((w, index) => [w.id, index]));
  const capacity = Int32Array.from(workers, (w) => Math.max(0, w.maxLoad - w.load));
  const reachable = createReachFinder(workers, policy);
  const rowStart = new Int32Array(cases.length + 1);
  const options: RankedCandidate[] = [];
  for (const [row, burstCase] of cases.entries()) {
    const { ranked } = rankWorkers(reachable(burstCase), burstCase, policy);
    options.push(...ranked);
    rowStart[row + 1] = options.length;
  }

  const chosen = solveMinCostAssignment({
    rowCount: cases.length,
    capacity,
    rowStart,
    edgeColumn: Int32Array.from(options, (o) => column.get(o.id)!),
    // The own-grid preference lowers a score by a fixed amount; adding it back to every pair keeps
    // costs non-negative and, since each served case counts exactly one pair, changes no choice.
    edgeCost: Float64Array.from(options, (o) => o.score + policy.ownGridAdvantageMeters),
  });

  const outcome: BurstOutcome = { assignments: [], unassigned: [], totalTravelMeters: 0 };
  for (const [row, burstCase] of cases.entries()) {
    const option = options[chosen[row]!];
    if (option) {
      outcome.assignments.push({ caseId: burstCase.id, workerId: option.id, travelMeters: option.travelMeters, sameGrid: option.sameGrid });
    } else {
      const reason = rowStart[row] === rowStart[row + 1] ? "no_eligible_worker" : "capacity_taken";
      outcome.unassigned.push({ caseId: burstCase.id, reason });
    }
  }
  outcome.totalTravelMeters = totalTravel(outcome.assignments);
  return outcome;
}
