import type { DispatchCandidate, DispatchPolicy } from "./choose-worker";
import { haversineMeters } from "./travel-distance";

/** A case awaiting dispatch in a burst, with the skills its category needs. */
export interface BurstCase {
  id: string;
  lat: number;
  lng: number;
  skills: readonly string[];
  gridCell: string;
}

/** A worker as dispatch sees it: where they are now and how much more they can take. */
export interface BurstWorker {
  id: string;
  lat: number;
  lng: number;
  onDuty: boolean;
  skills: readonly string[];
  load: number;
  maxLoad: number;
  gridCell: string;
}

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

const EARTH_RADIUS_M = 6_371_008.8;

/** Where a point sits on the unit sphere, as x, y, z. */
function unitVector(lat: number, lng: number, into: Float64Array, at: number): void {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lng * Math.PI) / 180;
  into[at] = Math.cos(phi) * Math.cos(lambda);
  into[at + 1] = Math.cos(phi) * Math.sin(lambda);
  into[at + 2] = Math.sin(phi);
}

/** Called for each worker within reach of a case, with the straight-line distance to it. */
export type ReachVisitor = (worker: BurstWorker, index: number, straightLineMeters: number) => void;

/**
 * Finds, for one case after another, the workers within the search radius, as single-case
 * dispatch would be handed them. Whether a worker is within the radius is decided by the
 * great-circle distance dispatch always uses; the straight chord through the earth is only a
 * cheap first test (a few multiplications instead of trigonometry), a hair more lenient so that
 * it never rules out a worker the great-circle test would keep. Nothing is allocated per worker:
 * a burst visits tens of thousands of pairs. `admits`, when given, is asked before the distance
 * is computed, to skip workers that could not take the case anyway.
 */
export function createReachFinder(
  workers: readonly BurstWorker[],
  policy: Pick<BurstPolicy, "searchKm">,
): (target: BurstCase, visit: ReachVisitor, admits?: (worker: BurstWorker) => boolean) => void {
  const radiusMeters = policy.searchKm * 1000;
  const chord = 2 * Math.sin(radiusMeters / (2 * EARTH_RADIUS_M)) * (1 + 1e-6);
  const maxChordSquared = chord * chord;
  const vectors = new Float64Array(workers.length * 3);
  workers.forEach((w, index) => unitVector(w.lat, w.lng, vectors, index * 3));
  const here = new Float64Array(3);

  return (target, visit, admits) => {
    unitVector(target.lat, target.lng, here, 0);
    for (let index = 0; index < workers.length; index++) {
      const dx = vectors[index * 3]! - here[0]!;
      const dy = vectors[index * 3 + 1]! - here[1]!;
      const dz = vectors[index * 3 + 2]! - here[2]!;
      if (dx * dx + dy * dy + dz * dz > maxChordSquared) continue;
      const worker = workers[index]!;
      if (admits && !admits(worker)) continue;
      const meters = haversineMeters(target, worker);
      if (meters <= radiusMeters) visit(worker, index, meters);
    }
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
