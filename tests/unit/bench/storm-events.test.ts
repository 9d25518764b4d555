import { describe, expect, it } from "vitest";
import { grids } from "@/lib/city/shanghai";
import { stormEvents } from "@/scripts/bench/load/storm-events";

const districtNear = (lat: number, lng: number) => {
  let best = grids[0]!;
  for (const g of grids) if ((g.lat - lat) ** 2 + (g.lng - lng) ** 2 < (best.lat - lat) ** 2 + (best.lng - lng) ** 2) best = g;
  return best.district;
};

describe("storm events", () => {
  it("puts the asked share of a storm in its districts, in the asked categories", () => {
    const { bodies, caseIds } = stormEvents({ label: "t", count: 1_000, districts: [310101, 310106], share: 0.8, categories: ["garbage_pileup"] });
    const events = bodies.map((b) => JSON.parse(b) as { category: string; location: { lat: number; lng: number } });
    expect(new Set(caseIds).size).toBe(1_000);
    expect(new Set(events.map((e) => e.category))).toEqual(new Set(["garbage_pileup"]));
    const inside = events.filter((e) => [310101, 310106].includes(districtNear(e.location.lat, e.location.lng))).length;
    expect(inside / 1_000).toBeGreaterThan(0.75);
    expect(inside / 1_000).toBeLessThan(0.9);
  });
});
