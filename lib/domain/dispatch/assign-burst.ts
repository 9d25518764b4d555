import { createReachFinder, totalTravel, type BurstCase, type BurstOutcome, type BurstPolicy, type BurstWorker } from "./burst-candidates";
import { preferenceScore } from "./choose-worker";
import { solveMinCostAssignment } from "./min-cost-assignment";
import { travelMeters } from "./travel-distance";

/**
 * Assigns a burst of cases jointly so that their total travel is least, under the rules of
 * single-case dispatch: the same eligibility (on duty, every skill, room under the load limit),
 * the same travel estimate and radius, the same preference for the case's own grid (its workers
 * count as that much nearer, in the total as in single-case ranking). A worker
 * takes at most the room left under their load limit. As many cases as possible are served, an
 * earlier case is never left out for a later one, and the rest are reported with the reason.
 */
export function assignBurst(cases: readonly BurstCase[], workers: readonly BurstWorker[], policy: BurstPolicy): BurstOutcome {
  const withinReach = createReachFinder(workers, policy);
  const rowStart = new Int32Array(cases.length + 1);
  const edgeColumn: number[] = [];
  const edgeCost: number[] = [];
  const edgeTravel: number[] = [];
  for (const [row, burstCase] of cases.entries()) {
    withinReach(burstCase, (worker, index, meters) => {
      const travel = travelMeters(meters, policy.roadFactor);
      edgeColumn.push(index);
      edgeTravel.push(travel);
      // The own-grid preference lowers a score by a fixed amount; adding it back to every pair
      // keeps costs non-negative and, since each served case counts exactly one pair, changes no choice.
      edgeCost.push(preferenceScore(travel, worker.gridCell === burstCase.gridCell, policy) + policy.ownGridAdvantageMeters);
    }, true);
    rowStart[row + 1] = edgeColumn.length;
  }

  const chosen = solveMinCostAssignment({
    rowCount: cases.length,
    capacity: Int32Array.from(workers, (w) => Math.max(0, w.maxLoad - w.load)),
    rowStart,
    edgeColumn: Int32Array.from(edgeColumn),
    edgeCost: Float64Array.from(edgeCost),
  });

  const outcome: BurstOutcome = { assignments: [], unassigned: [], totalTravelMeters: 0 };
  for (const [row, burstCase] of cases.entries()) {
    const edge = chosen[row]!;
    if (edge >= 0) {
      const worker = workers[edgeColumn[edge]!]!;
      outcome.assignments.push({
        caseId: burstCase.id,
        workerId: worker.id,
        travelMeters: edgeTravel[edge]!,
        sameGrid: worker.gridCell === burstCase.gridCell,
      });
    } else {
      const reason = rowStart[row] === rowStart[row + 1] ? "no_eligible_worker" : "capacity_taken";
      outcome.unassigned.push({ caseId: burstCase.id, reason });
    }
  }
  outcome.totalTravelMeters = totalTravel(outcome.assignments);
  return outcome;
}
