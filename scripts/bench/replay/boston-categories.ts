import type { Channel } from "@/lib/contracts/event-report";

/**
 * Boston 311 case types onto the demo city's categories, by what the type is about. First match
 * wins; a type matching nothing is left out of the replay (program comments, sticker requests and
 * other paperwork that a grid worker would never be sent to).
 */
const rules: readonly [RegExp, string][] = [
  [/street light|lighting|light out/i, "streetlight_out"],
  [/traffic signal/i, "traffic_signal_fault"],
  [/pothole|sidewalk|roadway|pavement|street repair/i, "road_surface_damage"],
  [/graffiti|sign repair|missing sign|posting/i, "illegal_posting"],
  [/tree/i, "fallen_tree"],
  [/litter|trash|bulk item|ce collection|dumpster|recycling|missed|garbage/i, "garbage_pileup"],
  [/dead animal|rodent|animal/i, "garbage_pileup"],
  [/abandoned vehicle|parking|parked/i, "illegal_parking"],
  [/abandoned bicycle/i, "shared_bike_clutter"],
  [/building|living conditions|unsafe|dangerous|heat|electrical|plumbing|mold/i, "building_leak"],
  [/contractor|construction|illegal occupancy|permit/i, "illegal_construction"],
  [/noise|loud/i, "noise_nuisance"],
  [/snow|ice|flood|water|catch basin|drain/i, "road_waterlogging"],
  [/sewer|sewage/i, "sewage_overflow"],
  [/vendor|peddl/i, "street_vending"],
  [/odor|fume|smoke/i, "cooking_fumes"],
  [/gas leak/i, "gas_smell"],
];

export function categoryForBostonType(type: string): string | null {
  return rules.find(([pattern]) => pattern.test(type))?.[1] ?? null;
}

/** Boston's intake sources onto tonglan's channels. */
export function channelForBostonSource(source: string): Channel {
  if (/call/i.test(source)) return "hotline";
  if (/citizens connect|twitter/i.test(source)) return "resident_app";
  if (/self service/i.test(source)) return "open311";
  return "patrol";
}
