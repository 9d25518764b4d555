import type { Category, Channel, EventReport, GeoLocation } from "@/lib/contracts";
import { channelWeights } from "./channel-mix";
import { categoryWeight } from "./category-mix";
import { describeEvent } from "./event-descriptions";
import { deriveHotspots, type GridPoint } from "./hotspots";
import { roundToMicrodegrees } from "./local-meters";
import { createLocationSampler } from "./location-sampler";
import type { Random } from "./seeded-random";
import { shanghaiHourOfDay } from "./shanghai-time";

export interface EventGeneratorDeps {
  categories: readonly Pick<Category, "code" | "nameZh">[];
  grids: readonly GridPoint[];
  random: Random;
  clock: () => Date;
  /** Makes idempotency keys unique per run: `${idPrefix}-000001`, … */
  idPrefix: string;
}

const HOTSPOT_COUNT = 40;

/** Channels through which a person reports, and who therefore leaves a phone number. */
const reportedByResident: ReadonlySet<Channel> = new Set(["resident_app", "hotline", "open311"]);

/** Machines report within seconds; people some minutes after they noticed. */
const MAX_MACHINE_LAG_SECONDS = 5;
const MAX_PERSON_LAG_SECONDS = 15 * 60;

/** Returns a function producing one plausible raw event (the body of POST /api/events) per call. */
export function createEventGenerator({ categories, grids, random, clock, idPrefix }: EventGeneratorDeps): () => EventReport & { location: GeoLocation } {
  if (categories.length === 0) throw new Error("cannot generate events without categories");
  const sampleLocation = createLocationSampler(grids, deriveHotspots(grids, HOTSPOT_COUNT), random);
  let sequence = 0;

  return () => {
    const now = clock();
    const hour = shanghaiHourOfDay(now);
    const category = random.weighted(categories, (c) => categoryWeight(c.code, hour));
    const [channel] = random.weighted(channelWeights(category.code), ([, weight]) => weight);
    const byResident = reportedByResident.has(channel);
    const machine = channel === "sensor" || channel === "ai_video";
    const lagSeconds = random.float() * (machine ? MAX_MACHINE_LAG_SECONDS : MAX_PERSON_LAG_SECONDS);
    const location = sampleLocation();
    sequence++;

    return {
      id: `${idPrefix}-${String(sequence).padStart(6, "0")}`,
      channel,
      category: category.code,
      description: describeEvent(category, channel, random),
      location: { lat: roundToMicrodegrees(location.lat), lng: roundToMicrodegrees(location.lng) },
      occurredAt: new Date(now.getTime() - Math.round(lagSeconds * 1000)).toISOString(),
      ...(byResident ? { reporter: { phone: `1370000${String(random.int(0, 10_000)).padStart(4, "0")}` } } : {}),
    };
  };
}
