import { getResolution, latLngToCell } from "h3-js";
import type { GeoLocation } from "@/lib/contracts";
import type { GridPoint, Hotspot } from "./hotspots";
import { offsetMeters } from "./local-meters";
import type { Random } from "./seeded-random";

export interface LocationMix {
  /** Share of reports around a hotspot; the rest fall anywhere in the grid area. */
  hotspotShare: number;
  hotspotSpreadMeters: number;
  backgroundSpreadMeters: number;
}

export const defaultLocationMix: LocationMix = { hotspotShare: 0.6, hotspotSpreadMeters: 300, backgroundSpreadMeters: 120 };

const MAX_ATTEMPTS = 20;

/**
 * Draws report locations: gaussian clusters around hotspots over a uniform background, always
 * inside the grid area (points that fall outside, e.g. across the city's edge, are drawn again).
 */
export function createLocationSampler(
  grids: readonly GridPoint[],
  hotspots: readonly Hotspot[],
  random: Random,
  mix: LocationMix = defaultLocationMix,
): () => GeoLocation {
  const firstGrid = grids[0];
  if (firstGrid === undefined) throw new Error("cannot place events without grids");
  const resolution = getResolution(firstGrid.cell);
  const cells = new Set(grids.map((g) => g.cell));

  const draw = (): GeoLocation => {
    const aroundHotspot = hotspots.length > 0 && random.float() < mix.hotspotShare;
    const centre = aroundHotspot ? random.weighted(hotspots, (h) => h.weight) : random.pick(grids);
    const spread = aroundHotspot ? mix.hotspotSpreadMeters : mix.backgroundSpreadMeters;
    return offsetMeters(centre, random.gaussian() * spread, random.gaussian() * spread);
  };

  return () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const location = draw();
      if (cells.has(latLngToCell(location.lat, location.lng, resolution))) return location;
    }
    const { lat, lng } = random.pick(grids);
    return { lat, lng };
  };
}
