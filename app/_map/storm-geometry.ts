import type { ForecastPoint } from "@/lib/contracts";

/** [lng, lat] in degrees, as deck.gl takes positions. */
export type LngLat = [number, number];

const EARTH_RADIUS_KM = 6_371;
const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;

/** A forecast point's longitude in −180…180 (JMA counts 0–360). */
export function pointLngLat(point: Pick<ForecastPoint, "lat" | "lon">): LngLat {
  return [point.lon > 180 ? point.lon - 360 : point.lon, point.lat];
}

/** Where one arrives going `distanceKm` from `from` on the initial bearing `bearingDeg` (clockwise from north). */
export function destination([lng, lat]: LngLat, bearingDeg: number, distanceKm: number): LngLat {
  const δ = distanceKm / EARTH_RADIUS_KM;
  const θ = toRad(bearingDeg);
  const φ1 = toRad(lat);
  const λ1 = toRad(lng);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  return [toDeg(λ2), toDeg(φ2)];
}

export function distanceKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const dφ = toRad(lat2 - lat1);
  const dλ = toRad(lng2 - lng1);
  const a = Math.sin(dφ / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dλ / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function bearingDeg([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const φ1 = toRad(lat1);
  const φ2 = toRad(lat2);
  const dλ = toRad(lng2 - lng1);
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  return (toDeg(Math.atan2(y, x)) + 360) % 360;
}

export interface QuadrantRadii {
  northEast: number;
  southEast: number;
  southWest: number;
  northWest: number;
}

const ARC_STEP_DEG = 10;

/**
 * The area a wind reaches, as forecasts give it: a quarter circle per quadrant (NE from north to east,
 * and on clockwise), each with its own radius, closed into one ring. Null when every radius is 0.
 */
export function windRadiiRing(centre: LngLat, radii: QuadrantRadii): LngLat[] | null {
  const byQuadrant = [radii.northEast, radii.southEast, radii.southWest, radii.northWest];
  if (byQuadrant.every((r) => r <= 0)) return null;
  const ring: LngLat[] = [];
  byQuadrant.forEach((radius, quadrant) => {
    for (let bearing = quadrant * 90; bearing <= quadrant * 90 + 90; bearing += ARC_STEP_DEG) {
      ring.push(radius > 0 ? destination(centre, bearing, radius) : centre);
    }
  });
  ring.push(ring[0]!);
  return ring;
}

export interface ConeRadius {
  leadHours: number;
  radiusKm: number;
}

/** The cone's radius at a lead time, linear between the given leads, held beyond the last. */
export function coneRadiusAt(cone: readonly ConeRadius[], leadHours: number): number {
  if (cone.length === 0) return 0;
  const sorted = [...cone].sort((a, b) => a.leadHours - b.leadHours);
  if (leadHours <= sorted[0]!.leadHours) return sorted[0]!.radiusKm;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (leadHours <= b.leadHours) return a.radiusKm + ((b.radiusKm - a.radiusKm) * (leadHours - a.leadHours)) / (b.leadHours - a.leadHours);
  }
  return sorted.at(-1)!.radiusKm;
}

/**
 * The cone of uncertainty around a forecast track: the track's left edge out, a half circle round the
 * last point, the right edge back. Each point is widened by the cone's radius at its lead time, across
 * the track's direction there. Null for a track of fewer than two points.
 */
export function coneRing(points: readonly Pick<ForecastPoint, "lat" | "lon" | "leadHours">[], cone: readonly ConeRadius[]): LngLat[] | null {
  if (points.length < 2) return null;
  const track = points.map(pointLngLat);
  const radius = points.map((p) => coneRadiusAt(cone, p.leadHours));
  const heading = track.map((_, i) => bearingDeg(track[Math.max(0, i - 1)]!, track[Math.min(track.length - 1, i + 1)]!));
  const left = track.map((at, i) => destination(at, heading[i]! - 90, radius[i]!));
  const right = track.map((at, i) => destination(at, heading[i]! + 90, radius[i]!));
  const last = track.length - 1;
  const cap: LngLat[] = [];
  for (let turn = -90 + ARC_STEP_DEG * 2; turn < 90; turn += ARC_STEP_DEG * 2) cap.push(destination(track[last]!, heading[last]! + turn, radius[last]!));
  const ring = [...left, ...cap, ...right.reverse()];
  ring.push(ring[0]!);
  return ring;
}
