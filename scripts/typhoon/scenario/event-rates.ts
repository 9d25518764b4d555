/**
 * How often the city reports storm trouble, by category, from how hard the storm hits it.
 *
 * Each category has an ordinary rate (reports per hour over the whole demo city on an ordinary day:
 * a few dozen storm-type reports a day in the ~600 km² of central Shanghai the demo covers) and grows
 * with what causes it: fallen trees, loose billboards and power cuts with the wind load (the
 * square of the wind above a fresh breeze) to the power 1.5; waterlogging, flooded homes and trapped
 * people with the share of the city standing in water; leaks and overflowing sewers with the rain.
 * At In-Fa's peak this comes to a few tens of times the ordinary, as 12345 hotlines report on typhoon
 * nights (tests/unit/typhoon/event-rates.test.ts pins it between 10 and 50 for both storms).
 */
import type { HazardFrame } from "./hazard-frame";

export interface CityHazard {
  /** Mean over cells of ((wind − 10 m/s) / 10 m/s)², 0 below 10 m/s: wind load beyond a fresh breeze. */
  windLoad: number;
  /** Mean rain over the city, mm/h. */
  meanRainMmH: number;
  /** Share of cells with more than 10 cm of standing water. */
  floodedShare: number;
  /** Share of cells with more than 30 cm. */
  deepShare: number;
}

export const FLOODED_MM = 100;
export const DEEP_MM = 300;

export function cityHazard(frame: HazardFrame, depthsMm: ArrayLike<number>): CityHazard {
  const n = frame.windMs.length;
  if (n === 0) return { windLoad: 0, meanRainMmH: 0, floodedShare: 0, deepShare: 0 };
  let windLoad = 0;
  let rain = 0;
  let flooded = 0;
  let deep = 0;
  for (let i = 0; i < n; i++) {
    windLoad += Math.max(0, (frame.windMs[i]! - 10) / 10) ** 2;
    rain += frame.rainMmH[i]!;
    const depth = depthsMm[i] ?? 0;
    if (depth > FLOODED_MM) flooded++;
    if (depth > DEEP_MM) deep++;
  }
  return { windLoad: windLoad / n, meanRainMmH: rain / n, floodedShare: flooded / n, deepShare: deep / n };
}

export interface StormCategory {
  code: string;
  ordinaryPerHour: number;
  /** Added to 1 to give the multiple of the ordinary rate. */
  growth: (hazard: CityHazard) => number;
  /** Where reports come from: what in a cell raises it (see event-placement.ts). */
  placedBy: "water" | "deep_water" | "wind" | "rain";
}

export const stormCategories: readonly StormCategory[] = [
  { code: "road_waterlogging", ordinaryPerHour: 1, growth: (h) => h.meanRainMmH / 3 + 350 * h.floodedShare, placedBy: "water" },
  { code: "home_flooding", ordinaryPerHour: 0.2, growth: (h) => 700 * h.floodedShare + 1200 * h.deepShare, placedBy: "water" },
  { code: "trapped_people", ordinaryPerHour: 0.2, growth: (h) => 1500 * h.deepShare + 2 * h.windLoad, placedBy: "deep_water" },
  { code: "fallen_tree", ordinaryPerHour: 0.3, growth: (h) => 20 * h.windLoad ** 1.5, placedBy: "wind" },
  { code: "loose_billboard", ordinaryPerHour: 0.1, growth: (h) => 16 * h.windLoad ** 1.5, placedBy: "wind" },
  { code: "power_outage", ordinaryPerHour: 0.3, growth: (h) => 10 * h.windLoad ** 1.5 + 100 * h.floodedShare, placedBy: "wind" },
  { code: "building_leak", ordinaryPerHour: 0.6, growth: (h) => h.meanRainMmH * 1.5, placedBy: "rain" },
  { code: "sewage_overflow", ordinaryPerHour: 0.5, growth: (h) => h.meanRainMmH / 2 + 150 * h.floodedShare, placedBy: "water" },
];

export const ORDINARY_PER_HOUR = stormCategories.reduce((sum, c) => sum + c.ordinaryPerHour, 0);

/** Expected reports per hour of each category (in `stormCategories`' order), scaled so the ordinary total is `ordinaryPerHour`. */
export function categoryRatesPerHour(hazard: CityHazard, ordinaryPerHour = ORDINARY_PER_HOUR): number[] {
  const scale = ordinaryPerHour / ORDINARY_PER_HOUR;
  return stormCategories.map((c) => c.ordinaryPerHour * scale * (1 + c.growth(hazard)));
}

/** All storm reports per hour over the ordinary: 1 on a calm day. */
export function rateMultiple(hazard: CityHazard): number {
  return categoryRatesPerHour(hazard).reduce((sum, rate) => sum + rate, 0) / ORDINARY_PER_HOUR;
}
