import type { HouseholdView } from "@/lib/contracts/care";
import type { GeoLocation } from "@/lib/contracts/geo";
import type { Evacuee } from "@/lib/contracts/risk-action";
import { rankResources, roomOf, type ResourceCandidate, type ResourceRequirement } from "@/lib/domain/resources/choose-resource";

/**
 * A pump truck's average speed through a city in heavy rain, km/h: urban traffic averages 20–35 km/h, and a
 * truck on wet roads keeps to the lower half.
 */
export const PUMP_TRUCK_KMH = 25;
/** Bags for the cell's low points: a wall about 20 m long and three bags high (5–6 bags per metre at that height). */
export const SANDBAGS_PER_CELL = 100;
/** Bags for one household's doorway, about a 3 m wide threshold three bags high. */
export const SANDBAGS_PER_HOUSEHOLD = 20;

export interface RiskPoint {
  at: GeoLocation;
  households: readonly HouseholdView[];
  now: Date;
}

export interface Nearest<R> {
  resource: R;
  travelMeters: number;
}

export interface RiskActionPlan<R> {
  pump: (Nearest<R> & { etaMinutes: number }) | null;
  sandbags: (Nearest<R> & { bags: number; stockLeft: number }) | null;
  shelter: (Nearest<R> & { people: number; roomLeft: number; opens: boolean }) | null;
  evacuation: { households: Evacuee[]; people: number };
}

/** Minutes a pump truck needs for a travel distance (already the straight line × road factor). */
export function pumpEtaMinutes(travelMeters: number): number {
  return Math.ceil(travelMeters / ((PUMP_TRUCK_KMH * 1000) / 60));
}

function isAbsent(household: HouseholdView, now: Date): boolean {
  const at = now.getTime();
  return household.absences.some((a) => Date.parse(a.startsAt) <= at && at < Date.parse(a.endsAt));
}

/**
 * The households to bring out of the cell, each as the viewer may see it (the registry's own view, masked or
 * whole): an elderly couple is two people, anyone else one; those away or in hospital are listed, not counted.
 */
export function evacuationList(households: readonly HouseholdView[], now: Date): { households: Evacuee[]; people: number } {
  const evacuees = households.map(
    (h): Evacuee => ({
      householdId: h.id,
      category: h.category,
      masked: h.masked,
      name: h.name,
      address: h.address,
      phone: h.phone,
      people: h.category === "elderly_couple" ? 2 : 1,
      absent: isAbsent(h, now),
    }),
  );
  return { households: evacuees, people: evacuees.reduce((sum, e) => sum + (e.absent ? 0 : e.people), 0) };
}

/** Sandbags one risk point needs: its low points, and every registered household's doorway. */
export function sandbagsFor(households: number): number {
  return SANDBAGS_PER_CELL + SANDBAGS_PER_HOUSEHOLD * households;
}

/** The nearest resource meeting the need, ranked by the resource engine's own nearest-available ranking. */
function nearest<R extends ResourceCandidate>(need: ResourceRequirement, resources: readonly R[], roadFactor: number): Nearest<R> | null {
  const [best] = rankResources(need, resources, roadFactor, 1).nearest;
  const resource = best && resources.find((r) => r.id === best.id);
  return resource ? { resource, travelMeters: best.travelMeters } : null;
}

/** What a resource must meet for a risk point: any idle pump, a depot holding the bags, a shelter with room for the evacuees. */
export function riskActionNeed(kind: "pump" | "sandbags" | "shelter", point: RiskPoint): ResourceRequirement {
  if (kind === "pump") return { kind, at: point.at };
  if (kind === "sandbags") return { kind, at: point.at, minStock: sandbagsFor(point.households.length) };
  return { kind, at: point.at, minRoom: Math.max(1, evacuationList(point.households, point.now).people) };
}

/**
 * What to send to a risk point before the water comes: the nearest available pump truck (with its ETA), the
 * nearest depot with the bags it needs (and its stock after), the nearest shelter with room for its evacuees (a
 * closed one is opened; the places left after them), and the households to bring out.
 */
export function planRiskActions<R extends ResourceCandidate>(point: RiskPoint, resources: readonly R[], roadFactor: number): RiskActionPlan<R> {
  const evacuation = evacuationList(point.households, point.now);
  const pump = nearest(riskActionNeed("pump", point), resources, roadFactor);
  const depot = nearest(riskActionNeed("sandbags", point), resources, roadFactor);
  const shelter = nearest(riskActionNeed("shelter", point), resources, roadFactor);
  const bags = sandbagsFor(point.households.length);
  return {
    pump: pump && { ...pump, etaMinutes: pumpEtaMinutes(pump.travelMeters) },
    sandbags: depot && { ...depot, bags, stockLeft: (depot.resource.stock ?? 0) - bags },
    shelter: shelter && { ...shelter, people: evacuation.people, roomLeft: roomOf(shelter.resource) - evacuation.people, opens: shelter.resource.state === "closed" },
    evacuation,
  };
}
