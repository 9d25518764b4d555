/**
 * How far winds of a given strength reach in each quadrant, for the screen's wind circles: JMA draws
 * them at 30 kt (≈ 15 m/s, Beaufort 7) and 50 kt (≈ 26 m/s, Beaufort 10). As in JMA's and NHC's wind
 * radii, a quadrant's radius is the farthest reach of the wind anywhere in it.
 */
import { knotsToMs } from "./wind-units";
import { surfaceWindAt, type StormWindField } from "./storm-wind-field";

export const GALE_WIND_MS = knotsToMs(30);
export const STORM_WIND_MS = knotsToMs(50);

export interface QuadrantRadiiKm {
  northEast: number;
  southEast: number;
  southWest: number;
  northWest: number;
}

const QUADRANT_START_DEG = { northEast: 0, southEast: 90, southWest: 180, northWest: 270 } as const;
const BEARING_STEP_DEG = 5;
const SEARCH_STEP_KM = 5;
const SEARCH_LIMIT_KM = 1500;
const PRECISION_KM = 0.1;

/** 0 in a quadrant the wind does not reach. */
export function windRadiiKm(field: StormWindField, thresholdMs: number): QuadrantRadiiKm {
  const radius = (startDeg: number) => {
    let farthest = 0;
    for (let bearing = startDeg; bearing <= startDeg + 90; bearing += BEARING_STEP_DEG) {
      farthest = Math.max(farthest, reachAlongKm(field, bearing, thresholdMs));
    }
    return farthest;
  };
  return {
    northEast: radius(QUADRANT_START_DEG.northEast),
    southEast: radius(QUADRANT_START_DEG.southEast),
    southWest: radius(QUADRANT_START_DEG.southWest),
    northWest: radius(QUADRANT_START_DEG.northWest),
  };
}

/** The outermost distance along a bearing where the wind still reaches the threshold. */
function reachAlongKm(field: StormWindField, bearingDeg: number, thresholdMs: number): number {
  const reaches = (distanceKm: number) => surfaceWindAt(field, { distanceKm, bearingDeg }).speedMs >= thresholdMs;
  let lastReaching = -1;
  for (let distanceKm = SEARCH_STEP_KM; distanceKm <= SEARCH_LIMIT_KM; distanceKm += SEARCH_STEP_KM) {
    if (reaches(distanceKm)) lastReaching = distanceKm;
  }
  if (lastReaching < 0) return 0;
  let inside = lastReaching;
  let outside = lastReaching + SEARCH_STEP_KM;
  while (outside - inside > PRECISION_KM) {
    const middle = (inside + outside) / 2;
    if (reaches(middle)) inside = middle;
    else outside = middle;
  }
  return inside;
}
