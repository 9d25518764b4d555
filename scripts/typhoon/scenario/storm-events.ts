/**
 * The reports a typhoon night brings, as they reach POST /api/events: how many of each category in a
 * step (Poisson around the rates of event-rates.ts), where (a cell drawn by what causes the category
 * there: standing water, deep water, wind load or rain), through which channel, in whose words.
 */
import type { Category, Channel, EventReport } from "@/lib/contracts";
import { describeEvent } from "@/scripts/simulator/model/event-descriptions";
import { roundToMicrodegrees } from "@/scripts/simulator/model/local-meters";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import { categoryRatesPerHour, stormCategories, type CityHazard, type StormCategory } from "./event-rates";
import type { HazardFrame } from "./hazard-frame";

/** Who reports what on a storm night: callers to 12345 and residents' app first, patrols, cameras. */
const channelMix: Readonly<Record<string, readonly [Channel, number][]>> = {
  road_waterlogging: [["hotline", 35], ["resident_app", 35], ["patrol", 20], ["ai_video", 10]],
  home_flooding: [["hotline", 60], ["resident_app", 35], ["patrol", 5]],
  trapped_people: [["hotline", 80], ["resident_app", 10], ["patrol", 10]],
  fallen_tree: [["hotline", 30], ["resident_app", 30], ["patrol", 30], ["ai_video", 10]],
  loose_billboard: [["resident_app", 40], ["hotline", 30], ["patrol", 30]],
  power_outage: [["hotline", 70], ["resident_app", 30]],
  building_leak: [["hotline", 50], ["resident_app", 50]],
  sewage_overflow: [["hotline", 40], ["resident_app", 30], ["patrol", 30]],
};

const PERSON_CHANNELS: ReadonlySet<Channel> = new Set(["hotline", "resident_app"]);
/** Half the width of a resolution-9 cell, in degrees: a report lands anywhere in its cell. */
const JITTER_DEGREES = 0.0015;
/** A little weight everywhere: some reports come from where nothing much happens. */
const BACKGROUND_WEIGHT = 0.02;

export interface EventStepInput {
  cells: readonly { lat: number; lng: number }[];
  frame: HazardFrame;
  depthsMm: ArrayLike<number>;
  hazard: CityHazard;
  hours: number;
  ordinaryPerHour: number;
  categories: readonly Pick<Category, "code" | "nameZh">[];
  random: Random;
  /** The instant a storm time is written as; reports are stamped up to one step before the step's end. */
  instant: (stormTimeMs: number) => string;
  nextId: () => string;
}

export function stormEvents(input: EventStepInput): EventReport[] {
  const { random } = input;
  const rates = categoryRatesPerHour(input.hazard, input.ordinaryPerHour);
  const events: EventReport[] = [];
  stormCategories.forEach((storm, index) => {
    const category = input.categories.find((c) => c.code === storm.code);
    if (!category) throw new Error(`the catalogue has no ${storm.code}: the replay's reports need it`);
    const count = random.poisson(rates[index]! * input.hours);
    if (count === 0) return;
    const pick = cellPicker(placementWeights(storm, input), random);
    for (let k = 0; k < count; k++) {
      const cell = input.cells[pick()]!;
      const [channel] = random.weighted<readonly [Channel, number]>(channelMix[storm.code] ?? [["hotline", 1]], ([, weight]) => weight);
      const lagMs = random.float() * input.hours * 3_600_000;
      events.push({
        id: input.nextId(),
        channel,
        category: storm.code,
        description: describeEvent(category, channel, random),
        location: {
          lat: roundToMicrodegrees(cell.lat + JITTER_DEGREES * (2 * random.float() - 1)),
          lng: roundToMicrodegrees(cell.lng + JITTER_DEGREES * (2 * random.float() - 1)),
        },
        occurredAt: input.instant(input.frame.timeMs - lagMs),
        ...(PERSON_CHANNELS.has(channel) && { reporter: { phone: `1390000${String(random.int(0, 10_000)).padStart(4, "0")}` } }),
      });
    }
  });
  return events;
}

/** How likely each cell is to send a report of the category now. */
export function placementWeights(storm: StormCategory, input: Pick<EventStepInput, "frame" | "depthsMm">): Float64Array {
  const { windMs, rainMmH } = input.frame;
  const weights = new Float64Array(windMs.length);
  for (let i = 0; i < weights.length; i++) {
    const depth = input.depthsMm[i] ?? 0;
    const cause =
      storm.placedBy === "water"
        ? Math.max(0, depth - 50) / 100
        : storm.placedBy === "deep_water"
          ? Math.max(0, depth - 200) / 100
          : storm.placedBy === "wind"
            ? Math.max(0, (windMs[i]! - 10) / 10) ** 2
            : rainMmH[i]! / 10;
    weights[i] = cause + BACKGROUND_WEIGHT;
  }
  return weights;
}

/** Draws indices in proportion to their weights, by bisection of the running sums. */
function cellPicker(weights: Float64Array, random: Random): () => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return () => {
    const target = random.float() * total;
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sums[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
