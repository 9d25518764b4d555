import type { GeoLocation } from "@/lib/contracts/geo";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";

export interface Placed {
  lat: number;
  lng: number;
  /** Milliseconds since the epoch; the earlier deadline goes first among equally near tasks. */
  dueAt: number | null;
}

/** Tasks with their straight-line distance from `origin`, nearest first; without an origin, soonest due first. */
export function nearestFirst<T extends Placed>(tasks: readonly T[], origin: GeoLocation | null): (T & { distanceM: number | null })[] {
  const withDistance = tasks.map((task) => ({ ...task, distanceM: origin ? Math.round(haversineMeters(origin, task)) : null }));
  const due = (t: Placed) => t.dueAt ?? Number.POSITIVE_INFINITY;
  return withDistance.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0) || due(a) - due(b));
}
