import { describe, expect, it } from "vitest";
import { catalogue, grids, workers } from "@/lib/city/shanghai";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { generateTyphoonBurst } from "@/scripts/simulator/model/typhoon-burst";

const input = { grids, categories: catalogue, workers, caseCount: 500, seed: 7 };

describe("generateTyphoonBurst", () => {
  it("is the same storm for the same seed and another for another", () => {
    expect(generateTyphoonBurst(input)).toEqual(generateTyphoonBurst(input));
    expect(generateTyphoonBurst({ ...input, seed: 8 }).floodSpots).not.toEqual(generateTyphoonBurst(input).floodSpots);
  });

  it("clusters most reports around the flood spots, mostly about water", () => {
    const { cases, floodSpots } = generateTyphoonBurst(input);
    expect(cases).toHaveLength(500);
    const nearSpot = cases.filter((c) => floodSpots.some((spot) => haversineMeters(c, spot) < 2000));
    expect(nearSpot.length / cases.length).toBeGreaterThan(0.7);
    const water = cases.filter((c) => c.skills.includes("drainage"));
    expect(water.length / cases.length).toBeGreaterThan(0.3);
  });

  it("puts the demo city's workers on shift with little load already", () => {
    const burst = generateTyphoonBurst(input);
    expect(burst.workers.map((w) => w.id)).toEqual(workers.map((w) => w.id));
    expect(burst.workers.every((w) => w.load <= 1 && w.load < w.maxLoad)).toBe(true);
    const onDuty = burst.workers.filter((w) => w.onDuty).length / burst.workers.length;
    expect(onDuty).toBeGreaterThan(0.75);
    expect(onDuty).toBeLessThan(0.95);
  });
});
