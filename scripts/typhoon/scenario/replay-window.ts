import type { Storm } from "@/lib/domain/typhoon/best-track";
import { polarOffset, type LatLon } from "@/lib/domain/typhoon/polar-offset";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";

const HOUR_MS = 3_600_000;

/** The demo city's centre, People's Square (人民广场), WGS-84. */
export const DEMO_CITY_CENTRE: LatLon = { lat: 31.2304, lon: 121.4737 };

/**
 * The part of a storm's life that matters to the city: from the first whole hour its centre comes within
 * `radiusKm` of the city to the last whole hour it is still that near (a storm farther away neither rains
 * nor blows on the city). Null when it never comes that near.
 */
export function replayWindow(storm: Storm, city: LatLon, radiusKm: number): { startMs: number; endMs: number } | null {
  const first = storm.points[0];
  const last = storm.points.at(-1);
  if (!first || !last) return null;
  let startMs: number | null = null;
  let endMs: number | null = null;
  for (let t = Math.ceil(first.timeMs / HOUR_MS) * HOUR_MS; t <= last.timeMs; t += HOUR_MS) {
    const state = stormStateAt(storm, t);
    if (!state || polarOffset(state, city).distanceKm > radiusKm) continue;
    startMs ??= t;
    endMs = t;
  }
  return startMs === null || endMs === null ? null : { startMs, endMs };
}
