const EARTH_RADIUS_M = 6_371_008.8;
const toRad = Math.PI / 180;

interface Point {
  lat: number;
  lng: number;
}

/** Straight-line metres between two positions (haversine). */
export function metersBetween(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Compass bearing from `a` to `b`, degrees clockwise from north. */
export function bearingDegrees(a: Point, b: Point): number {
  const y = Math.sin((b.lng - a.lng) * toRad) * Math.cos(b.lat * toRad);
  const x = Math.cos(a.lat * toRad) * Math.sin(b.lat * toRad) - Math.sin(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.cos((b.lng - a.lng) * toRad);
  return (Math.atan2(y, x) / toRad + 360) % 360;
}
