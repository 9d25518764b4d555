import type { DispatchCandidate, DispatchPolicy } from "./choose-worker";
import { WorkerIndex, type WorkerFacts } from "./worker-index";

/** A case awaiting dispatch in a burst, with the skills its category needs. */
export interface BurstCase {
  id: string;
  lat: number;
  lng: number;
  skills: readonly string[];
  gridCell: string;
}

/** A worker as dispatch sees it: where they are now and how much more they can take. */
export type BurstWorker = WorkerFacts;

/** Auto-dispatch's policy plus its search radius, the same numbers single-case dispatch uses. */
export type BurstPolicy = DispatchPolicy & { searchKm: number };

export interface BurstAssignment {
  caseId: string;
  workerId: string;
  travelMeters: number;
  sameGrid: boolean;
}

export type UnassignedReason =
  /** No on-duty worker with the skills and room was within the search radius at all. */
  | "no_eligible_worker"
  /** There were such workers, but their room went to other cases of the burst. */
  | "capacity_taken";

export interface BurstOutcome {
  /** In the order of the cases given. */
  assignments: BurstAssignment[];
  unassigned: { caseId: string; reason: UnassignedReason }[];
  totalTravelMeters: number;
}

/** Called for each worker within reach of a case, with the straight-line distance to it. */
export type ReachVisitor = (worker: BurstWorker, index: number, straightLineMeters: number) => void;

/**
 * Finds, for one case after another, the workers within the search radius, as single-case
 * dispatch would be handed them, through the same worker index (lib/domain/dispatch/worker-index):
 * a burst visits tens of thousands of pairs. With `eligibleOnly`, only workers who may take the case
 * (on duty, every skill, room under the load limit) are visited. The workers given are those with a
 * live position: staleness was decided when they were picked.
 */
export function createReachFinder(
  workers: readonly BurstWorker[],
  policy: BurstPolicy,
): (target: BurstCase, visit: ReachVisitor, eligibleOnly?: boolean) => void {
  const index = WorkerIndex.of(
    workers.map((w) => ({ ...w, fixAtMs: null })),
    { ...policy, staleAfterMs: Number.POSITIVE_INFINITY },
  );
  // Slots follow the order workers were given in, so a slot is the worker's place in `workers`.
  if (index.size !== workers.length) throw new Error("a burst's workers must have distinct ids");
  return (target, visit, eligibleOnly = false) => {
    const skills = eligibleOnly ? target.skills : undefined;
    index.visitWithin({ lat: target.lat, lng: target.lng, nowMs: 0, skills }, (slot, meters) => visit(workers[slot]!, slot, meters));
  };
}

/** A worker within reach as single-case dispatch ranks it, with the load it has by then. */
export function asCandidate(worker: BurstWorker, straightLineMeters: number, load: number): DispatchCandidate {
  return {
    id: worker.id,
    straightLineMeters,
    onDuty: worker.onDuty,
    skills: worker.skills,
    load,
    maxLoad: worker.maxLoad,
    gridCell: worker.gridCell,
  };
}

export function totalTravel(assignments: readonly BurstAssignment[]): number {
  return assignments.reduce((sum, a) => sum + a.travelMeters, 0);
}
