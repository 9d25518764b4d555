import type { GeoLocation } from "@/lib/contracts";

/**
 * Metric offsets on a local flat approximation of the sphere: exact enough (well under 0.1 %)
 * for the few hundred metres the simulation moves things, and much cheaper than geodesics.
 */

const METERS_PER_DEGREE_LATITUDE = 111_320;

export function offsetMeters(from: GeoLocation, eastMeters: number, northMeters: number): GeoLocation {
  return {
    lat: from.lat + northMeters / METERS_PER_DEGREE_LATITUDE,
    lng: from.lng + eastMeters / metersPerDegreeLongitude(from.lat),
  };
}

export function metersBetween(a: GeoLocation, b: GeoLocation): number {
  const north = (b.lat - a.lat) * METERS_PER_DEGREE_LATITUDE;
  const east = (b.lng - a.lng) * metersPerDegreeLongitude((a.lat + b.lat) / 2);
  return Math.hypot(east, north);
}

/** Direction from `from` to `to`, in radians counter-clockwise from east. */
export function headingTowards(from: GeoLocation, to: GeoLocation): number {
  const north = (to.lat - from.lat) * METERS_PER_DEGREE_LATITUDE;
  const east = (to.lng - from.lng) * metersPerDegreeLongitude(from.lat);
  return Math.atan2(north, east);
}

/** 6 decimals, about 0.1 m: what a phone's GPS would report. */
export function roundToMicrodegrees(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

function metersPerDegreeLongitude(lat: number): number {
  return METERS_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180);
}
