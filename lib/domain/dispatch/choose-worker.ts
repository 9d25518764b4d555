import { travelMeters } from "./travel-distance";

export interface DispatchCandidate {
  id: string;
  straightLineMeters: number;
  onDuty: boolean;
  skills: readonly string[];
  load: number;
  maxLoad: number;
  gridCell: string;
}

export interface DispatchNeed {
  skills: readonly string[];
  gridCell: string;
}

export interface DispatchPolicy {
  roadFactor: number;
  /** A worker of the case's own grid wins over a nearer stranger unless the stranger is this much closer. */
  ownGridAdvantageMeters: number;
}

export type Exclusion = "off_duty" | "missing_skill" | "at_capacity";

export interface RankedCandidate {
  id: string;
  travelMeters: number;
  load: number;
  sameGrid: boolean;
  score: number;
}

export interface DispatchReason {
  rule: "nearest-eligible";
  candidatesConsidered: number;
  excluded: Record<Exclusion, number>;
  ranked: RankedCandidate[];
}

/** Why a worker may not take a case, or null when they may. */
export function exclusionOf(
  candidate: Pick<DispatchCandidate, "onDuty" | "skills" | "load" | "maxLoad">,
  need: Pick<DispatchNeed, "skills">,
): Exclusion | null {
  if (!candidate.onDuty) return "off_duty";
  if (!need.skills.every((s) => candidate.skills.includes(s))) return "missing_skill";
  if (candidate.load >= candidate.maxLoad) return "at_capacity";
  return null;
}

/** Lower is better: travel, less the own-grid advantage when the worker belongs to the case's grid. */
export function preferenceScore(travelMeters: number, sameGrid: boolean, policy: DispatchPolicy): number {
  return travelMeters - (sameGrid ? policy.ownGridAdvantageMeters : 0);
}

/**
 * Ranks eligible workers for one case, best first: shortest travel, with the case's own grid
 * preferred and lower load breaking ties. The reason records what was considered and why.
 */
export function rankWorkers(
  candidates: readonly DispatchCandidate[],
  need: DispatchNeed,
  policy: DispatchPolicy,
): DispatchReason {
  const excluded: Record<Exclusion, number> = { off_duty: 0, missing_skill: 0, at_capacity: 0 };
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const exclusion = exclusionOf(candidate, need);
    if (exclusion) {
      excluded[exclusion] += 1;
      continue;
    }
    const travel = travelMeters(candidate.straightLineMeters, policy.roadFactor);
    const sameGrid = candidate.gridCell === need.gridCell;
    ranked.push({
      id: candidate.id,
      travelMeters: travel,
      load: candidate.load,
      sameGrid,
      score: preferenceScore(travel, sameGrid, policy),
    });
  }
  ranked.sort((a, b) => a.score - b.score || a.load - b.load || a.id.localeCompare(b.id));
  return { rule: "nearest-eligible", candidatesConsidered: candidates.length, excluded, ranked };
}
