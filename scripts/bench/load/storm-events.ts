import { catalogue, grids } from "@/lib/city/shanghai";
import { caseIdForEvent, eventIdForKey } from "@/lib/domain/ids";
import { createEventGenerator } from "@/scripts/simulator/model/event-generator";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import type { BenchEvents } from "./bench-events";

export interface StormPlan {
  label: string;
  count: number;
  /** Districts (adcodes) the storm hits hardest, and the share of its events there. */
  districts: readonly number[];
  share: number;
  /** Only these categories, when given (e.g. one sign-for deadline for all). */
  categories?: readonly string[];
}

/** Realistic events (the simulator's mix) of which `share` fall in `districts`, the rest anywhere in the city. */
export function stormEvents(plan: StormPlan): BenchEvents {
  const kinds = plan.categories ? catalogue.filter((c) => plan.categories!.includes(c.code)) : catalogue;
  const idPrefix = `${plan.label}-${Date.now().toString(36)}`;
  const generator = (where: typeof grids, seed: string) =>
    createEventGenerator({ categories: kinds, grids: where, random: createSeededRandom(`bench:${plan.label}:${seed}`), clock: () => new Date(), idPrefix: `${idPrefix}-${seed}` });
  const hit = generator(grids.filter((g) => plan.districts.includes(g.district)), "hit");
  const rest = generator(grids, "rest");
  const split = createSeededRandom(`bench:${plan.label}:split`);
  const bodies: string[] = [];
  const caseIds: string[] = [];
  for (let i = 0; i < plan.count; i++) {
    const event = split.float() < plan.share ? hit() : rest();
    bodies.push(JSON.stringify(event));
    caseIds.push(caseIdForEvent(eventIdForKey(event.id!)));
  }
  return { bodies, caseIds };
}
