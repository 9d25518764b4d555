/** Unit conversions of tropical-cyclone winds. A knot is one nautical mile (1852 m) per hour. */

const METRES_PER_SECOND_PER_KNOT = 1852 / 3600;

export function knotsToMs(knots: number): number {
  return knots * METRES_PER_SECOND_PER_KNOT;
}

export function msToKnots(metresPerSecond: number): number {
  return metresPerSecond / METRES_PER_SECOND_PER_KNOT;
}

/**
 * JMA reports 10-minute mean winds, NHC (and so R-CLIPER) 1-minute ones. WMO's guidelines for converting
 * between wind averaging periods (Harper, Kepert & Ginger 2010, WMO/TD-No. 1555) recommend
 * V10min ≈ 0.93 × V1min at sea.
 */
export const TEN_MINUTE_PER_ONE_MINUTE_WIND = 0.93;

export function oneMinuteFromTenMinuteWindMs(tenMinuteMs: number): number {
  return tenMinuteMs / TEN_MINUTE_PER_ONE_MINUTE_WIND;
}
