import { asCandidate, createReachFinder, totalTravel, type BurstCase, type BurstOutcome, type BurstPolicy, type BurstWorker } from "./burst-candidates";
import { rankWorkers, type DispatchCandidate } from "./choose-worker";

/**
 * The naive way through a burst, as one-by-one auto-dispatch goes: cases in arrival order, each
 * to the worker single-case dispatch ranks first given the load the earlier ones added.
 * The yardstick assignBurst is measured against.
 */
export function assignGreedy(cases: readonly BurstCase[], workers: readonly BurstWorker[], policy: BurstPolicy): BurstOutcome {
  const withinReach = createReachFinder(workers, policy);
  const indexOf = new Map(workers.map((w, index) => [w.id, index]));
  const load = workers.map((w) => w.load);
  const outcome: BurstOutcome = { assignments: [], unassigned: [], totalTravelMeters: 0 };
  for (const burstCase of cases) {
    const reachable: DispatchCandidate[] = [];
    withinReach(burstCase, (worker, index, meters) => reachable.push(asCandidate(worker, meters, load[index]!)));
    const best = rankWorkers(reachable, burstCase, policy).ranked[0];
    if (best) {
      load[indexOf.get(best.id)!]! += 1;
      outcome.assignments.push({ caseId: burstCase.id, workerId: best.id, travelMeters: best.travelMeters, sameGrid: best.sameGrid });
    } else {
      const asBefore = reachable.map((c) => ({ ...c, load: workers[indexOf.get(c.id)!]!.load }));
      const everEligible = rankWorkers(asBefore, burstCase, policy).ranked.length > 0;
      outcome.unassigned.push({ caseId: burstCase.id, reason: everEligible ? "capacity_taken" : "no_eligible_worker" });
    }
  }
  outcome.totalTravelMeters = totalTravel(outcome.assignments);
  return outcome;
}
