/**
 * How often each category is reported, relative to the others. Litter and street vending are the
 * daily bread of a city hotline; a missing manhole cover or a gas smell is rare.
 */
const baseWeights: Readonly<Record<string, number>> = {
  garbage_pileup: 14,
  street_vending: 12,
  illegal_parking: 10,
  shared_bike_clutter: 8,
  noise_nuisance: 7,
  illegal_posting: 6,
  road_surface_damage: 5,
  streetlight_out: 4,
  cooking_fumes: 4,
  construction_waste_dumping: 4,
  illegal_construction: 3,
  building_leak: 3,
  unlicensed_business: 3,
  fire_lane_blocked: 2.5,
  road_waterlogging: 2,
  sewage_overflow: 2,
  traffic_signal_fault: 1.5,
  falling_object_hazard: 1.5,
  fallen_tree: 1,
  river_pollution: 1,
  elderly_alone_anomaly: 1,
  manhole_cover_missing: 0.6,
  gas_smell: 0.4,
  // Lifts stopping with people inside, a burst pipe, a feeder tripping: rare on an ordinary day, many on a typhoon night.
  power_outage: 0.5,
  trapped_people: 0.3,
  home_flooding: 0.3,
  loose_billboard: 0.3,
  // The catch-all and meter faults (raised by the care watch itself) wait at the desk; the simulated city reports only what its catalogue names.
  meter_fault: 0,
  // Opened by the desk from a risk point (docs/risk.md), never reported.
  flood_prevention: 0,
  other: 0,
};

/** Categories not listed above (the catalogue is editable data) are reported this often. */
const DEFAULT_WEIGHT = 1;

/** Local-time windows [fromHour, toHour) in which a category is reported more (or less) than usual. */
const timeOfDayFactors: readonly { codes: readonly string[]; fromHour: number; toHour: number; factor: number }[] = [
  { codes: ["noise_nuisance"], fromHour: 20, toHour: 24, factor: 3 },
  { codes: ["noise_nuisance"], fromHour: 0, toHour: 2, factor: 3 },
  { codes: ["cooking_fumes"], fromHour: 11, toHour: 13, factor: 2.5 },
  { codes: ["cooking_fumes"], fromHour: 17, toHour: 21, factor: 3 },
  { codes: ["street_vending"], fromHour: 6, toHour: 9, factor: 1.8 }, // breakfast stalls
  { codes: ["street_vending"], fromHour: 18, toHour: 23, factor: 2 }, // night market
  { codes: ["illegal_parking", "fire_lane_blocked"], fromHour: 19, toHour: 24, factor: 1.8 },
  { codes: ["shared_bike_clutter"], fromHour: 7, toHour: 10, factor: 2 }, // commuter rush at metro exits
  { codes: ["streetlight_out"], fromHour: 18, toHour: 24, factor: 2.5 }, // noticed after dark
  { codes: ["streetlight_out"], fromHour: 7, toHour: 17, factor: 0.3 },
  { codes: ["elderly_alone_anomaly"], fromHour: 7, toHour: 11, factor: 2 }, // no morning water use
  { codes: ["illegal_construction", "construction_waste_dumping"], fromHour: 0, toHour: 5, factor: 1.5 },
];

export function categoryWeight(code: string, hour: number): number {
  let weight = baseWeights[code] ?? DEFAULT_WEIGHT;
  for (const window of timeOfDayFactors) {
    if (window.codes.includes(code) && hour >= window.fromHour && hour < window.toHour) weight *= window.factor;
  }
  return weight;
}

/** Codes the mix knows about; a test keeps them in step with the catalogue. */
export const weightedCategoryCodes: readonly string[] = Object.keys(baseWeights);
