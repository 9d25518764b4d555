import { latLngToCell } from "h3-js";
import type { Category } from "@/lib/contracts";
import type { BurstCase, BurstWorker } from "@/lib/domain/dispatch/burst-candidates";
import type { GridPoint, Hotspot } from "./hotspots";
import { createLocationSampler } from "./location-sampler";
import { createSeededRandom } from "./seeded-random";

/**
 * A typhoon night's dispatch backlog, for the burst-assignment benchmark and tests.
 *
 * The scenario: heavy rain floods a few low-lying neighbourhoods at once. Most reports come from
 * around those spots (a flooded area of about a kilometre across); the rest are storm damage
 * scattered over the whole city. What is reported is storm trouble: waterlogged roads and
 * overflowing sewers first, then fallen trees, leaking buildings, dark streetlights, loose
 * façades. The workers are the demo city's real ones at their home positions, in the storm's first
 * hours: about one in seven is off duty, and the others carry none or one case from before.
 * Nothing is tuned towards either way of dispatching: the workers near a flood spot simply run
 * out of room, which is where one-by-one dispatch starts sending people across the city. The
 * flood spots are drawn from the seed, so each seed is a different storm; some put a spot where
 * few workers live, and there one-by-one dispatch leaves cases with nobody.
 */

/** Storm-night categories, relative frequencies. */
const TYPHOON_MIX: Readonly<Record<string, number>> = {
  road_waterlogging: 30,
  sewage_overflow: 10,
  fallen_tree: 14,
  building_leak: 10,
  falling_object_hazard: 6,
  manhole_cover_missing: 5,
  streetlight_out: 5,
  traffic_signal_fault: 5,
  road_surface_damage: 5,
  garbage_pileup: 5,
  illegal_parking: 3,
  elderly_alone_anomaly: 2,
};

const FLOOD_SPOTS = 5;
const FLOOD_LOCATION_MIX = { hotspotShare: 0.75, hotspotSpreadMeters: 600, backgroundSpreadMeters: 120 };
const ON_DUTY_SHARE = 6 / 7;
const GRID_RESOLUTION = 9;
/** Cases a worker already carries when the burst arrives: none, or one from before the storm. */
const CARRIED_AT_MOST = 1;

export interface TyphoonBurstInput {
  grids: readonly GridPoint[];
  categories: readonly Pick<Category, "code" | "skills">[];
  workers: readonly Omit<BurstWorker, "onDuty" | "load">[];
  caseCount: number;
  seed: number | string;
}

export type TyphoonCase = BurstCase & { category: string };

export interface TyphoonBurst {
  floodSpots: Hotspot[];
  /** In arrival order. */
  cases: TyphoonCase[];
  workers: BurstWorker[];
}

export function generateTyphoonBurst({ grids, categories, workers, caseCount, seed }: TyphoonBurstInput): TyphoonBurst {
  const random = createSeededRandom(seed);
  const stormCategories = categories.filter((c) => TYPHOON_MIX[c.code] !== undefined);
  if (stormCategories.length === 0) throw new Error("the catalogue has none of the storm categories");

  const floodSpots: Hotspot[] = Array.from({ length: FLOOD_SPOTS }, (_, rank) => {
    const { lat, lng } = random.pick(grids);
    return { lat, lng, weight: 1 / (rank + 1) };
  });
  const sampleLocation = createLocationSampler(grids, floodSpots, random, FLOOD_LOCATION_MIX);

  const cases = Array.from({ length: caseCount }, (_, index): TyphoonCase => {
    const category = random.weighted(stormCategories, (c) => TYPHOON_MIX[c.code]!);
    const { lat, lng } = sampleLocation();
    return {
      id: `burst-${String(index + 1).padStart(4, "0")}`,
      lat,
      lng,
      category: category.code,
      skills: category.skills,
      gridCell: latLngToCell(lat, lng, GRID_RESOLUTION),
    };
  });

  const onShift = workers.map((worker) => ({
    ...worker,
    onDuty: random.float() < ON_DUTY_SHARE,
    load: random.int(0, CARRIED_AT_MOST + 1),
  }));

  return { floodSpots, cases, workers: onShift };
}
