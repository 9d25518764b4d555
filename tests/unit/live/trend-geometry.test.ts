import { describe, expect, it } from "vitest";
import { trendBars, trendLine } from "@/app/_screen/trend-geometry";

describe("trendBars", () => {
  it("scales each hour to the busiest one and leaves empty hours out", () => {
    const bars = trendBars([2, 0, null, 8]);
    expect(bars).toEqual([
      { x: 0.1, y: 0.75, width: 0.8, height: 0.25 },
      { x: 3.1, y: 0, width: 0.8, height: 1 },
    ]);
  });

  it("draws nothing for a day without a value", () => {
    expect(trendBars([0, null, 0])).toEqual([]);
  });
});

describe("trendLine", () => {
  it("puts each hour at its middle, the largest at the top and zero at the bottom", () => {
    expect(trendLine([0, 5, 10])).toBe("0.5,1 1.5,0.5 2.5,0");
    expect(trendLine([0, 0])).toBe("0.5,1 1.5,1");
  });
});
