import { createSeededRandom } from "./seeded-random";

export interface GridPoint {
  cell: string;
  lat: number;
  lng: number;
}

export interface Hotspot {
  lat: number;
  lng: number;
  weight: number;
}

/** Fixed, so that every run and every seed shows the same trouble spots on the map. */
const HOTSPOT_SEED = "tonglan-hotspots";

/**
 * Places where reports concentrate (markets, metro exits, old lanes): grid cells chosen
 * deterministically, with weights falling off by rank like real complaint hotspots do.
 */
export function deriveHotspots(grids: readonly GridPoint[], count: number): Hotspot[] {
  const random = createSeededRandom(HOTSPOT_SEED);
  const chosen = new Set<number>();
  const wanted = Math.min(count, grids.length);
  while (chosen.size < wanted) chosen.add(random.int(0, grids.length));
  return [...chosen].map((index, rank) => {
    const grid = grids[index] as GridPoint;
    return { lat: grid.lat, lng: grid.lng, weight: (0.5 + random.float()) / (rank + 1) ** 0.7 };
  });
}
