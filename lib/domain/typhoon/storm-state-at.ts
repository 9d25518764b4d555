/**
 * Where a storm is, how strong, and how it moves at any time between its best-track fixes.
 *
 * Position: cubic Hermite interpolation of latitude and (unwrapped) longitude with three-point
 * tangents, which for uneven steps (JMA's 6-hourly fixes become 3-hourly near landfall) are exact for
 * a quadratic path. Linear interpolation would bend the path and jump the forward velocity at every fix,
 * and with it the wind field's motion asymmetry, every 3–6 hours; the cubic passes through every fix with
 * a continuous velocity. Interpolating in degrees rather than along great circles changes a 6-hour step
 * (≤ ~300 km) by metres, far below the 0.1° of the best track.
 * Pressure and wind: linear (no overshoot beyond what was observed); wind is null unless both fixes give
 * one. Grade: the fix at or before the time.
 * Outside the track (before the first fix, after the last) the storm does not exist: null, not clamped.
 */
import type { Storm, TrackPoint } from "./best-track";

export interface StormState {
  timeMs: number;
  lat: number;
  /** Degrees east, −180…180. */
  lon: number;
  pressureHpa: number;
  maxWindMs: number | null;
  grade: number;
  forwardSpeedKmh: number;
  /** Direction of motion, degrees clockwise from north; 0 when the storm stands still. */
  headingDeg: number;
}

const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;
const MS_PER_HOUR = 3_600_000;

export function stormStateAt(storm: Storm, timeMs: number): StormState | null {
  const points = storm.points;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || timeMs < first.timeMs || timeMs > last.timeMs) return null;
  if (points.length === 1) return { ...stateAtFix(first), forwardSpeedKmh: 0, headingDeg: 0 };

  const lons = unwrappedLongitudes(points);
  const lats = points.map((point) => point.lat);
  const latTangents = tangents(points, lats);
  const lonTangents = tangents(points, lons);
  const k = Math.min(points.findLastIndex((point) => point.timeMs <= timeMs), points.length - 2);
  const from = points[k]!;
  const to = points[k + 1]!;
  const stepMs = to.timeMs - from.timeMs;
  const s = (timeMs - from.timeMs) / stepMs;

  const lat = hermite(s, stepMs, lats[k]!, latTangents[k]!, lats[k + 1]!, latTangents[k + 1]!);
  const lon = hermite(s, stepMs, lons[k]!, lonTangents[k]!, lons[k + 1]!, lonTangents[k + 1]!);
  const northKmh = hermiteSlope(s, stepMs, lats[k]!, latTangents[k]!, lats[k + 1]!, latTangents[k + 1]!) * MS_PER_HOUR * KM_PER_DEGREE;
  const eastKmh =
    hermiteSlope(s, stepMs, lons[k]!, lonTangents[k]!, lons[k + 1]!, lonTangents[k + 1]!) *
    MS_PER_HOUR *
    KM_PER_DEGREE *
    Math.cos((lat * Math.PI) / 180);
  const forwardSpeedKmh = Math.hypot(eastKmh, northKmh);
  const atFix = s === 0 ? from : s === 1 ? to : null;

  return {
    timeMs,
    lat,
    lon: normalizedLongitude(lon),
    pressureHpa: atFix?.pressureHpa ?? linear(from.pressureHpa, to.pressureHpa, s),
    maxWindMs: atFix ? atFix.maxWindMs : from.maxWindMs !== null && to.maxWindMs !== null ? linear(from.maxWindMs, to.maxWindMs, s) : null,
    grade: (atFix ?? from).grade,
    forwardSpeedKmh,
    headingDeg: forwardSpeedKmh > 0 ? (((Math.atan2(eastKmh, northKmh) * 180) / Math.PI + 360) % 360) : 0,
  };
}

function stateAtFix(point: TrackPoint): Omit<StormState, "forwardSpeedKmh" | "headingDeg"> {
  return { ...point, lon: normalizedLongitude(point.lon) };
}

/** Longitudes made continuous along the track, so a storm crossing 180° does not jump by 360°. */
function unwrappedLongitudes(points: readonly TrackPoint[]): number[] {
  const lons: number[] = [];
  for (const point of points) {
    const previous = lons.at(-1);
    lons.push(previous === undefined ? point.lon : previous + ((((point.lon - previous) % 360) + 540) % 360) - 180);
  }
  return lons;
}

/** Degrees per millisecond at each fix: one-sided at the ends, the three-point derivative inside. */
function tangents(points: readonly TrackPoint[], values: readonly number[]): number[] {
  const slope = (i: number) => (values[i + 1]! - values[i]!) / (points[i + 1]!.timeMs - points[i]!.timeMs);
  return values.map((_, i) => {
    if (i === 0) return slope(0);
    if (i === values.length - 1) return slope(i - 1);
    const before = points[i]!.timeMs - points[i - 1]!.timeMs;
    const after = points[i + 1]!.timeMs - points[i]!.timeMs;
    return (slope(i - 1) * after + slope(i) * before) / (before + after);
  });
}

function hermite(s: number, stepMs: number, p0: number, m0: number, p1: number, m1: number): number {
  const s2 = s * s;
  const s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * p0 + (s3 - 2 * s2 + s) * stepMs * m0 + (-2 * s3 + 3 * s2) * p1 + (s3 - s2) * stepMs * m1;
}

function hermiteSlope(s: number, stepMs: number, p0: number, m0: number, p1: number, m1: number): number {
  const s2 = s * s;
  return ((6 * s2 - 6 * s) * p0 + (3 * s2 - 4 * s + 1) * stepMs * m0 + (-6 * s2 + 6 * s) * p1 + (3 * s2 - 2 * s) * stepMs * m1) / stepMs;
}

function linear(a: number, b: number, s: number): number {
  return a + (b - a) * s;
}

function normalizedLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
