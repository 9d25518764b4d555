import { latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { catalogue, grids } from "@/lib/city/shanghai";
import { eventReportSchema, type EventReport, type GeoLocation } from "@/lib/contracts";
import { createEventGenerator } from "@/scripts/simulator/model/event-generator";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const morning = new Date("2024-07-01T02:00:00Z"); // 10:00 in Shanghai

function generate(seed: string, count: number): (EventReport & { location: GeoLocation })[] {
  const next = createEventGenerator({
    categories: catalogue,
    grids,
    random: createSeededRandom(seed),
    clock: () => morning,
    idPrefix: "sim-test",
  });
  return Array.from({ length: count }, next);
}

describe("createEventGenerator", () => {
  const events = generate("events", 3000);

  it("produces valid POST /api/events bodies with unique idempotency keys", () => {
    for (const event of events) expect(eventReportSchema.safeParse(event).error).toBeUndefined();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("places every event inside the grid area", () => {
    const cells = new Set(grids.map((g) => g.cell));
    const outside = events.filter((e) => !cells.has(latLngToCell(e.location.lat, e.location.lng, 9)));
    expect(outside).toEqual([]);
  });

  it("clusters events around hotspots", () => {
    const perCell = new Map<string, number>();
    for (const e of events) {
      const cell = latLngToCell(e.location.lat, e.location.lng, 9);
      perCell.set(cell, (perCell.get(cell) ?? 0) + 1);
    }
    const busiest = Math.max(...perCell.values());
    expect(busiest).toBeGreaterThan(10 * (events.length / grids.length));
  });

  it("uses every catalogue category auto-dispatch takes, and only those, but the desk's own 防汛预置", () => {
    const used = new Set(events.map((e) => e.category));
    expect([...used].sort()).toEqual(catalogue.filter((c) => c.autoDispatch && c.code !== "flood_prevention").map((c) => c.code).sort());
  });

  it("lets sensors report only what sensors can measure", () => {
    const sensed = new Set(events.filter((e) => e.channel === "sensor").map((e) => e.category));
    expect(sensed.has("road_waterlogging")).toBe(true);
    expect(sensed.has("street_vending")).toBe(false);
    expect(sensed.has("building_leak")).toBe(false);
  });

  it("dates events at or shortly before the clock's time", () => {
    for (const e of events) {
      const lagMs = morning.getTime() - Date.parse(e.occurredAt ?? "");
      expect(lagMs).toBeGreaterThanOrEqual(0);
      expect(lagMs).toBeLessThanOrEqual(15 * 60 * 1000);
    }
  });

  it("is deterministic for a seed", () => {
    expect(generate("again", 200)).toEqual(generate("again", 200));
    expect(generate("again", 200)).not.toEqual(generate("other", 200));
  });
});
