import { createReachFinder, totalTravel, type BurstCase, type BurstOutcome, type BurstPolicy, type BurstWorker } from "./burst-candidates";
import { rankWorkers } from "./choose-worker";

/**
 * The naive way through a burst, as one-by-one auto-dispatch goes: cases in arrival order, each
 * to the best worker single-case dispatch ranks first given the load the earlier ones added.
 * The yardstick assignBurst is measured against.
 */
export function assignGreedy(cases: readonly BurstCase[], workers: readonly BurstWorker[], policy: BurstPolicy): BurstOutcome {
  const load = new Map(workers.map((w) => [w.id, w.load]));
  const withinReach = createReachFinder(workers, policy);
  const outcome: BurstOutcome = { assignments: [], unassigned: [], totalTravelMeters: 0 };
  for (const burstCase of cases) {
    const reachable = withinReach(burstCase);
    const now = reachable.map((candidate) => ({ ...candidate, load: load.get(candidate.id)! }));
    const best = rankWorkers(now, burstCase, policy).ranked[0];
    if (best) {
      load.set(best.id, best.load + 1);
      outcome.assignments.push({ caseId: burstCase.id, workerId: best.id, travelMeters: best.travelMeters, sameGrid: best.sameGrid });
    } else {
      const everEligible = rankWorkers(reachable, burstCase, policy).ranked.length > 0;
      outcome.unassigned.push({ caseId: burstCase.id, reason: everEligible ? "capacity_taken" : "no_eligible_worker" });
    }
  }
  outcome.totalTravelMeters = totalTravel(outcome.assignments);
  return outcome;
}
