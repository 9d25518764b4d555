import { cellToLatLng, greatCircleDistance, polygonToCells } from "h3-js";
import type { GridCell } from "@/lib/city/schemas";
import type { GeoLocation } from "@/lib/contracts";
import { roundCoordinate, type DistrictFeature } from "./convert-districts";

/** H3 resolution 9: cells of about 0.1 km², the size of a 300–500 household grid in central Shanghai. */
export const GRID_RESOLUTION = 9;

export interface GridPlan {
  /** Districts covered entirely. */
  wholeDistricts: readonly number[];
  /** Districts covered only near the centre, where they are built up. */
  partialDistricts: readonly number[];
  centre: GeoLocation;
  radiusKm: number;
}

/**
 * Default grids: the H3 cells whose centres lie inside the planned districts. A cell belongs to the
 * district containing its centre; where two boundaries overlap slightly, the lower adcode keeps it.
 */
export function buildGrids(features: readonly DistrictFeature[], plan: GridPlan): GridCell[] {
  const claimed = new Map<string, GridCell>();
  const planned = features
    .filter((f) => plan.wholeDistricts.includes(f.properties.adcode) || plan.partialDistricts.includes(f.properties.adcode))
    .sort((a, b) => a.properties.adcode - b.properties.adcode);

  for (const feature of planned) {
    const district = feature.properties.adcode;
    const whole = plan.wholeDistricts.includes(district);
    for (const polygon of feature.geometry.coordinates) {
      for (const cell of polygonToCells(polygon, GRID_RESOLUTION, true)) {
        if (claimed.has(cell)) continue;
        const [lat, lng] = cellToLatLng(cell);
        if (!whole && greatCircleDistance([lat, lng], [plan.centre.lat, plan.centre.lng], "km") > plan.radiusKm) continue;
        claimed.set(cell, { cell, district, lat: roundCoordinate(lat), lng: roundCoordinate(lng) });
      }
    }
  }
  return [...claimed.values()].sort((a, b) => a.district - b.district || a.cell.localeCompare(b.cell));
}
