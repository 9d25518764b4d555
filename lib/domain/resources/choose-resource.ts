import type { GeoLocation } from "@/lib/contracts/geo";
import type { ResourceChoiceReason, ResourceExclusion, ResourceKind, ResourceState } from "@/lib/contracts/resource";
import { solveMinCostAssignment } from "@/lib/domain/dispatch/min-cost-assignment";
import { haversineMeters, travelMeters } from "@/lib/domain/dispatch/travel-distance";

export interface ResourceCandidate {
  id: string;
  kind: ResourceKind;
  state: ResourceState;
  lat: number;
  lng: number;
  m3PerHour: number | null;
  skills: readonly string[];
  /** Shelter: places and people in them. */
  capacity?: number | null;
  occupancy?: number | null;
  /** Sandbag depot: bags in stock. */
  stock?: number | null;
}

/** Where a resource of a kind is needed, and what it must be able to do. */
export interface ResourceRequirement {
  kind: ResourceKind;
  at: GeoLocation;
  minM3PerHour?: number;
  skill?: string;
  /** shelter: at least this many free places. */
  minRoom?: number;
  /** sandbag depot: at least this many bags. */
  minStock?: number;
}

export interface ResourceChoice {
  resourceId: string;
  reason: ResourceChoiceReason;
}

const RUNNERS_UP = 3;

/** Free places of a shelter. */
export function roomOf(resource: Pick<ResourceCandidate, "capacity" | "occupancy">): number {
  return Math.max(0, (resource.capacity ?? 0) - (resource.occupancy ?? 0));
}

/** A shelter takes people unless full (a closed one can be opened); everything else only when idle. */
function isAvailable(resource: ResourceCandidate): boolean {
  return resource.kind === "shelter" ? resource.state !== "full" : resource.state === "available";
}

/** Why a resource of the right kind cannot take the need, or null when it can. */
export function resourceExclusionOf(resource: ResourceCandidate, need: ResourceRequirement): ResourceExclusion | null {
  if (!isAvailable(resource)) return "not_available";
  if (need.minM3PerHour !== undefined && (resource.m3PerHour ?? 0) < need.minM3PerHour) return "lacks_capacity";
  if (need.minRoom !== undefined && roomOf(resource) < need.minRoom) return "lacks_capacity";
  if (need.minStock !== undefined && (resource.stock ?? 0) < need.minStock) return "lacks_capacity";
  if (need.skill !== undefined && !resource.skills.includes(need.skill)) return "lacks_skill";
  return null;
}

interface Ranked {
  eligible: { id: string; index: number; travelMeters: number }[];
  considered: number;
  excluded: Record<ResourceExclusion, number>;
}

/** The resources of the need's kind: the eligible ones nearest first by travel, and how many others were passed over and why. */
function rank(need: ResourceRequirement, resources: readonly ResourceCandidate[], roadFactor: number): Ranked {
  const ranked: Ranked = { eligible: [], considered: 0, excluded: { not_available: 0, lacks_capacity: 0, lacks_skill: 0 } };
  resources.forEach((resource, index) => {
    if (resource.kind !== need.kind) return;
    ranked.considered++;
    const exclusion = resourceExclusionOf(resource, need);
    if (exclusion) ranked.excluded[exclusion]++;
    else ranked.eligible.push({ id: resource.id, index, travelMeters: travelMeters(haversineMeters(need.at, resource), roadFactor) });
  });
  ranked.eligible.sort((a, b) => a.travelMeters - b.travelMeters || a.id.localeCompare(b.id));
  return ranked;
}

function reasonOf(ranked: Ranked, chosenId: string, travel: number, method: ResourceChoiceReason["method"], roadFactor: number): ResourceChoiceReason {
  return {
    method,
    travelMeters: travel,
    roadFactor,
    considered: ranked.considered,
    eligible: ranked.eligible.length,
    excluded: ranked.excluded,
    runnersUp: ranked.eligible
      .filter((e) => e.id !== chosenId)
      .slice(0, RUNNERS_UP)
      .map(({ id, travelMeters }) => ({ id, travelMeters })),
  };
}

export interface RankedResources {
  /** The eligible resources, nearest first, at most `limit` of them. */
  nearest: { id: string; travelMeters: number }[];
  considered: number;
  eligible: number;
  excluded: Record<ResourceExclusion, number>;
}

/** What a dispatcher is offered before sending: the nearest eligible resources as `chooseResource` would rank them, and why the others were passed over. */
export function rankResources(need: ResourceRequirement, resources: readonly ResourceCandidate[], roadFactor: number, limit: number): RankedResources {
  const ranked = rank(need, resources, roadFactor);
  return {
    nearest: ranked.eligible.slice(0, limit).map(({ id, travelMeters }) => ({ id, travelMeters })),
    considered: ranked.considered,
    eligible: ranked.eligible.length,
    excluded: ranked.excluded,
  };
}

/** The nearest available resource of the kind with the capability, by travel distance (straight line × road factor), with its reason. */
export function chooseResource(need: ResourceRequirement, resources: readonly ResourceCandidate[], roadFactor: number): ResourceChoice | null {
  const ranked = rank(need, resources, roadFactor);
  const best = ranked.eligible[0];
  return best ? { resourceId: best.id, reason: reasonOf(ranked, best.id, best.travelMeters, "nearest", roadFactor) } : null;
}

export interface JointResourceOutcome {
  /** Per need, in order: its resource, or null when none was left for it. */
  choices: (ResourceChoice | null)[];
  totalTravelMeters: number;
}

/**
 * A burst of needs served together for the least total travel, each resource at most once, by the
 * min-cost assignment auto-dispatch uses for bursts of cases: as many needs as can be are served,
 * an earlier need is never left out for a later one.
 */
export function assignResources(needs: readonly ResourceRequirement[], resources: readonly ResourceCandidate[], roadFactor: number): JointResourceOutcome {
  const rankings = needs.map((need) => rank(need, resources, roadFactor));
  const rowStart = new Int32Array(needs.length + 1);
  const edges = rankings.flatMap((ranked, row) => {
    rowStart[row + 1] = rowStart[row]! + ranked.eligible.length;
    return ranked.eligible;
  });
  const chosen = solveMinCostAssignment({
    rowCount: needs.length,
    capacity: new Int32Array(resources.length).fill(1),
    rowStart,
    edgeColumn: Int32Array.from(edges, (e) => e.index),
    edgeCost: Float64Array.from(edges, (e) => e.travelMeters),
  });
  let totalTravelMeters = 0;
  const choices = rankings.map((ranked, row) => {
    const edge = edges[chosen[row]!];
    if (!edge) return null;
    totalTravelMeters += edge.travelMeters;
    return { resourceId: edge.id, reason: reasonOf(ranked, edge.id, edge.travelMeters, "least-total-travel", roadFactor) };
  });
  return { choices, totalTravelMeters };
}
