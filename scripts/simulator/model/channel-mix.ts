import type { Channel } from "@/lib/contracts";

/** People report everything: residents through the app and 12345, Open311 clients, grid workers on patrol. */
const peopleChannels: readonly [Channel, number][] = [
  ["resident_app", 40],
  ["hotline", 30],
  ["open311", 8],
  ["patrol", 15],
];

/** Categories that street cameras with AI detection recognise, and how much they add. */
const videoDetected: Readonly<Record<string, number>> = {
  street_vending: 25,
  garbage_pileup: 20,
  shared_bike_clutter: 25,
  illegal_parking: 30,
  fire_lane_blocked: 25,
  construction_waste_dumping: 20,
  fallen_tree: 10,
  road_waterlogging: 10,
};

/** Categories that IoT sensors report (water-level gauges, smart manhole covers, smart meters …). */
const sensorDetected: Readonly<Record<string, number>> = {
  road_waterlogging: 40,
  sewage_overflow: 25,
  river_pollution: 30,
  noise_nuisance: 10,
  elderly_alone_anomaly: 50,
  manhole_cover_missing: 20,
  gas_smell: 30,
};

export function channelWeights(categoryCode: string): [Channel, number][] {
  const weights: [Channel, number][] = [...peopleChannels];
  const video = videoDetected[categoryCode];
  if (video !== undefined) weights.push(["ai_video", video]);
  const sensor = sensorDetected[categoryCode];
  if (sensor !== undefined) weights.push(["sensor", sensor]);
  return weights;
}
