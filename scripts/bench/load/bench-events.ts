import { catalogue, grids } from "@/lib/city/shanghai";
import { caseIdForEvent, eventIdForKey } from "@/lib/domain/ids";
import { createEventGenerator } from "@/scripts/simulator/model/event-generator";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

export interface BenchEvents {
  /** Request bodies for POST /api/events, serialised before the clock starts. */
  bodies: string[];
  /** The case each event opens (ids are derived from the idempotency key), in the same order. */
  caseIds: string[];
}

/** `count` realistic demo-city events (the simulator's mix), unique to `label` so runs never collide. */
export function benchEvents(label: string, count: number): BenchEvents {
  const next = createEventGenerator({
    categories: catalogue,
    grids,
    random: createSeededRandom(`bench:${label}`),
    clock: () => new Date(),
    idPrefix: `${label}-${Date.now().toString(36)}`,
  });
  const bodies: string[] = [];
  const caseIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const event = next();
    bodies.push(JSON.stringify(event));
    caseIds.push(caseIdForEvent(eventIdForKey(event.id!)));
  }
  return { bodies, caseIds };
}
