/** Distance and initial bearing from one point to another on a sphere of the Earth's mean radius. */

export interface LatLon {
  lat: number;
  lon: number;
}

export interface PolarOffset {
  distanceKm: number;
  /** Degrees clockwise from north, 0–360. */
  bearingDeg: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function polarOffset(from: LatLon, to: LatLon): PolarOffset {
  const lat1 = from.lat * RAD;
  const lat2 = to.lat * RAD;
  const dLat = lat2 - lat1;
  const dLon = (to.lon - from.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2;
  const distanceKm = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return { distanceKm, bearingDeg: ((Math.atan2(y, x) / RAD) + 360) % 360 };
}
