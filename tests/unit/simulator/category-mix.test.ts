import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/city/shanghai/catalogue";
import { categoryWeight, weightedCategoryCodes } from "@/scripts/simulator/model/category-mix";
import { describedCategoryCodes } from "@/scripts/simulator/model/event-descriptions";

const codes = catalogue.map((c) => c.code).sort();
// The catch-all 其他 waits at the desk and 防汛预置 is opened by the desk itself: the simulated city never reports
// them, so they need no descriptions.
const simulatedCodes = catalogue.filter((c) => c.autoDispatch && c.code !== "flood_prevention").map((c) => c.code).sort();

describe("category mix", () => {
  it("has a weight for exactly the catalogue's categories and descriptions for those it reports", () => {
    expect([...weightedCategoryCodes].sort()).toEqual(codes);
    expect([...describedCategoryCodes].sort()).toEqual(simulatedCodes);
    expect(categoryWeight("other", 10)).toBe(0);
    expect(categoryWeight("flood_prevention", 10)).toBe(0);
  });

  it("makes garbage and street vending common and a missing manhole cover rare", () => {
    expect(categoryWeight("garbage_pileup", 10)).toBeGreaterThan(10 * categoryWeight("manhole_cover_missing", 10));
    expect(categoryWeight("street_vending", 10)).toBeGreaterThan(10 * categoryWeight("manhole_cover_missing", 10));
  });

  it("brings noise and cooking fumes in the evening", () => {
    expect(categoryWeight("noise_nuisance", 22)).toBeGreaterThan(2 * categoryWeight("noise_nuisance", 10));
    expect(categoryWeight("cooking_fumes", 19)).toBeGreaterThan(2 * categoryWeight("cooking_fumes", 15));
  });
});
