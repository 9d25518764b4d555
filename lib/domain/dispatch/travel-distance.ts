import type { GeoLocation } from "@/lib/contracts/geo";

const EARTH_RADIUS_M = 6_371_008.8;

export function haversineMeters(a: GeoLocation, b: GeoLocation): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Travel distance estimated from the straight line: streets are longer than the crow flies. */
export function travelMeters(straightLineMeters: number, roadFactor: number): number {
  return Math.round(straightLineMeters * roadFactor);
}
