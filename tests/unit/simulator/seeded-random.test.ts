import { describe, expect, it } from "vitest";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const draw = (seed: number | string, n: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: n }, () => random.float());
};

describe("createSeededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draw("a", 50)).toEqual(draw("a", 50));
    expect(draw("a", 50)).not.toEqual(draw("b", 50));
    expect(draw(7, 50)).toEqual(draw(7, 50));
  });

  it("stays within its ranges", () => {
    const random = createSeededRandom(1);
    const floats = Array.from({ length: 10_000 }, () => random.float());
    const ints = new Set(Array.from({ length: 10_000 }, () => random.int(3, 7)));
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it("draws items in proportion to their weights", () => {
    const random = createSeededRandom(2);
    const items = [{ name: "a", weight: 1 }, { name: "b", weight: 0 }, { name: "c", weight: 3 }];
    const counts = new Map<string, number>();
    for (let i = 0; i < 30_000; i++) {
      const { name } = random.weighted(items, (item) => item.weight);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(counts.has("b")).toBe(false);
    const ratio = (counts.get("c") ?? 0) / (counts.get("a") ?? 1);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });

  it("has the requested Poisson and gaussian means", () => {
    const random = createSeededRandom(3);
    const mean = (f: () => number) => Array.from({ length: 20_000 }, f).reduce((s, x) => s + x, 0) / 20_000;
    expect(mean(() => random.poisson(2.5))).toBeCloseTo(2.5, 1);
    expect(mean(() => random.poisson(120))).toBeCloseTo(120, 0);
    expect(Math.abs(mean(() => random.gaussian()))).toBeLessThan(0.03);
  });
});
