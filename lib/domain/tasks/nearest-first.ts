import type { GeoLocation } from "@/lib/contracts/geo";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";

export interface Placed {
  /** Null for a case not yet placed: it comes after every placed one. */
  lat: number | null;
  lng: number | null;
  /** Milliseconds since the epoch; the earlier deadline goes first among equally near tasks. */
  dueAt: number | null;
}

/** Tasks with their straight-line distance from `origin`, nearest first; without an origin, soonest due first. */
export function nearestFirst<T extends Placed>(tasks: readonly T[], origin: GeoLocation | null): (T & { distanceM: number | null })[] {
  const distanceOf = ({ lat, lng }: Placed) => (origin && lat !== null && lng !== null ? Math.round(haversineMeters(origin, { lat, lng })) : null);
  const withDistance = tasks.map((task) => ({ ...task, distanceM: distanceOf(task) }));
  const due = (t: Placed) => t.dueAt ?? Number.POSITIVE_INFINITY;
  const far = origin ? Number.POSITIVE_INFINITY : 0;
  return withDistance.sort((a, b) => compare(a.distanceM ?? far, b.distanceM ?? far) || compare(due(a), due(b)));
}

/** Ascending order that holds for infinities too (Infinity - Infinity is NaN). */
function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
