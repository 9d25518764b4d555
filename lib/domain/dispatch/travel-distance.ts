import type { GeoLocation } from "@/lib/contracts/geo";

export const EARTH_RADIUS_M = 6_371_008.8;

export function haversineMeters(a: GeoLocation, b: GeoLocation): number {
  return haversineBetween(a.lat, a.lng, b.lat, b.lng);
}

/** `haversineMeters` on bare numbers, for loops over typed arrays that should allocate nothing. */
export function haversineBetween(latA: number, lngA: number, latB: number, lngB: number): number {
  const toRad = Math.PI / 180;
  const dLat = (latB - latA) * toRad;
  const dLng = (lngB - lngA) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * toRad) * Math.cos(latB * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Travel distance estimated from the straight line: streets are longer than the crow flies. */
export function travelMeters(straightLineMeters: number, roadFactor: number): number {
  return Math.round(straightLineMeters * roadFactor);
}
