import type { WorkerPosition } from "@/lib/contracts/worker-summary";

/** A city's extent in WGS-84 degrees: the box around all its districts. */
export interface CityBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A phone this far outside the city's box is no phone of its workers (a spoof, or a GPS fix at 0°, 0°). */
export const CITY_MARGIN_KM = 50;

const METERS_PER_DEGREE_LATITUDE = 111_320;

/** The box around every point of a GeoJSON geometry's coordinates, `[lng, lat]` pairs nested at any depth. */
export function boundsOfCoordinates(coordinates: readonly unknown[]): CityBounds {
  const box = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    const [lng, lat] = node as unknown[];
    if (typeof lng === "number" && typeof lat === "number") {
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
      box.west = Math.min(box.west, lng);
      box.east = Math.max(box.east, lng);
      return;
    }
    node.forEach(visit);
  };
  visit(coordinates);
  if (box.south === Infinity) throw new Error("no coordinates to bound");
  return box;
}

/** The box widened by `marginKm` on every side (east and west at the latitude where degrees are shortest). */
export function widenBounds(bounds: CityBounds, marginKm: number): CityBounds {
  const latDegrees = (marginKm * 1000) / METERS_PER_DEGREE_LATITUDE;
  const widestLat = Math.max(Math.abs(bounds.south), Math.abs(bounds.north));
  const lngDegrees = latDegrees / Math.cos((widestLat * Math.PI) / 180);
  return { south: bounds.south - latDegrees, west: bounds.west - lngDegrees, north: bounds.north + latDegrees, east: bounds.east + lngDegrees };
}

/** The index of the first position outside the box, or null when all are inside. */
export function firstOutside(positions: readonly WorkerPosition[], bounds: CityBounds): number | null {
  const index = positions.findIndex(([, lat, lng]) => lat < bounds.south || lat > bounds.north || lng < bounds.west || lng > bounds.east);
  return index === -1 ? null : index;
}
