/**
 * HIDDEN GROUND TRUTH of the typhoon replay: what the ground of each demo grid cell really is.
 * Nothing in lib/, app/ or workers/ may import this folder (eslint.config.js); the risk model must
 * find floods from what a city can observe, and is measured against this (docs/typhoon-replay.md).
 *
 * Per H3 cell (resolution 9, ~0.1 km²):
 * - micro-terrain depression 0–1: how much lower the cell sits than its surroundings (underpasses,
 *   sunken old lanes, courtyards below the road). Water from around it runs into it: its runoff is
 *   multiplied by its catchment factor 1 + 5·depression.
 * - real drainage capacity, mm/h: the district's design standard, times the cell's pipe condition,
 *   and a fraction of it where drains are blocked (leaves, silt, construction debris).
 * - runoff coefficient: the share of rain that reaches the drains rather than soaking in.
 */
import type { GridCell } from "@/lib/city/schemas";
import { designDrainageMmH } from "@/lib/city/shanghai/design-drainage";
import { createSeededRandom, type Random } from "@/scripts/simulator/model/seeded-random";

export interface CellTruth {
  cell: string;
  district: number;
  lat: number;
  lng: number;
  /** 0 (level with its surroundings) … 1 (a deep local low point). */
  depression: number;
  /** How many cells' worth of runoff gathers here: 1 + 5·depression. */
  catchmentFactor: number;
  /** What the drains under the cell really take away, mm of water over the cell per hour. */
  drainageCapacityMmH: number;
  blockedDrain: boolean;
  /** Share of rain that runs off (the rest soaks in), 0.7–0.95 in a built-up city. */
  runoffCoefficient: number;
}


const TRUTH_SEED = "tonglan-typhoon-ground-truth";
const BASINS = 45;
const BASIN_RADIUS_KM = [0.4, 1.6] as const;
const UNDERPASS_SHARE = 0.025;
const BLOCKED_SHARE = { old: 0.09, newer: 0.05 } as const;
const KM_PER_DEGREE_LAT = 111.2;

/** The same cells always get the same ground (the seed is fixed): a replay and its backtest see one city. */
export function groundTruthCells(grids: readonly GridCell[], seed: string = TRUTH_SEED): CellTruth[] {
  const random = createSeededRandom(seed);
  const basins = placeBasins(grids, random);
  return grids.map((grid) => {
    const basinDepth = Math.max(0, ...basins.map((b) => b.depth * Math.exp(-((distanceKm(b, grid) / b.radiusKm) ** 2))));
    const underpass = random.float() < UNDERPASS_SHARE ? 0.5 + 0.5 * random.float() : 0;
    const roughness = 0.15 * random.float();
    const depression = Math.min(1, Math.max(basinDepth, underpass) + roughness);
    const design = designDrainageMmH(grid.district);
    const old = design <= 36;
    const condition = clamp(1 + 0.15 * random.gaussian(), 0.6, 1.3);
    const blockedDrain = random.float() < (old ? BLOCKED_SHARE.old : BLOCKED_SHARE.newer);
    const blockedShare = blockedDrain ? 0.35 + 0.3 * random.float() : 1;
    return {
      cell: grid.cell,
      district: grid.district,
      lat: grid.lat,
      lng: grid.lng,
      depression,
      catchmentFactor: 1 + 5 * depression,
      drainageCapacityMmH: design * condition * blockedShare,
      blockedDrain,
      runoffCoefficient: 0.7 + 0.25 * random.float(),
    };
  });
}

interface Basin {
  lat: number;
  lng: number;
  radiusKm: number;
  depth: number;
}

/** Low-lying neighbourhoods, a few hundred metres to a couple of kilometres across. */
function placeBasins(grids: readonly GridCell[], random: Random): Basin[] {
  return Array.from({ length: BASINS }, () => {
    const centre = random.pick(grids);
    return {
      lat: centre.lat,
      lng: centre.lng,
      radiusKm: BASIN_RADIUS_KM[0] + (BASIN_RADIUS_KM[1] - BASIN_RADIUS_KM[0]) * random.float(),
      depth: 0.3 + 0.6 * random.float(),
    };
  });
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const north = (a.lat - b.lat) * KM_PER_DEGREE_LAT;
  const east = (a.lng - b.lng) * KM_PER_DEGREE_LAT * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(north, east);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
