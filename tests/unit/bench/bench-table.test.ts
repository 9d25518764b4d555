import { describe, expect, it } from "vitest";
import type { Measurement } from "@/scripts/bench/figure";
import { parseBenchOptions } from "@/scripts/bench/options";
import { percentile } from "@/scripts/bench/statistics";
import { advantage, formatTable, medianOfTrials, toJsonFigures } from "@/scripts/bench/table";

const m = (tonglan: number, baseline: number, extra: Partial<Measurement> = {}): Measurement => ({
  key: "k", figure: "f", unit: "ms", tonglan, baseline, baselineName: "naive", better: "lower", ...extra,
});

describe("benchmark table", () => {
  it("takes the median per key across trials and judges the bar on the median run", () => {
    const rows = medianOfTrials([[m(10, 40, { meetsBar: false })], [m(2, 30, { meetsBar: true })], [m(3, 50, { meetsBar: true })]]);
    expect(rows).toEqual([expect.objectContaining({ tonglan: 3, baseline: 40, meetsBar: true })]);
  });

  it("states the ratio as how many times better, for either direction", () => {
    expect(advantage(m(5, 20))).toBe(4);
    expect(advantage(m(5000, 1000, { better: "higher" }))).toBe(5);
  });

  it("gives no ratio when either value is not above zero", () => {
    expect(advantage(m(0.26, -0.41))).toBeNaN();
    expect(formatTable([m(0.26, -0.41)]).split("\n")[2]).toBe("| f | 0.26 ms | -0.41 ms (naive) | – |  |  |");
  });

  it("prints one row per figure with the bar's verdict", () => {
    const table = formatTable([m(2.5, 40, { bar: "≤ 3 ms", meetsBar: true })]);
    expect(table.split("\n")[2]).toBe("| f | 2.5 ms | 40 ms (naive) | 16× |  | ≤ 3 ms ✅ |");
  });

  it("shows the machine's limit beside the baseline, and a dash where there is no baseline", () => {
    const row = m(1_100, 366, { better: "higher", unit: "events/s", limit: 4_000, limitName: "parse + queue only" });
    expect(formatTable([row]).split("\n")[2]).toBe("| f | 1,100 events/s | 366 events/s (naive) | 3.01× | 4,000 events/s (parse + queue only) |  |");
    expect(formatTable([m(12, Number.NaN)]).split("\n")[2]).toBe("| f | 12 ms | – | – |  |  |");
  });

  it("takes the median of the limit too, and writes every figure for --json with null where there is no number", () => {
    const [row] = medianOfTrials([[m(1, 2, { limit: 5 })], [m(1, 2, { limit: 9 })], [m(1, 2, { limit: 7 })]]);
    expect(row).toMatchObject({ limit: 7 });
    expect(toJsonFigures([row!, m(3, Number.NaN)])).toEqual([
      { name: "f", unit: "ms", tonglan: 1, baseline: 2, limit: 7, ratio: 2, betterIs: "lower" },
      { name: "f", unit: "ms", tonglan: 3, baseline: null, ratio: null, betterIs: "lower" },
    ]);
  });
});

describe("benchmark statistics and options", () => {
  it("uses nearest-rank percentiles", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
  });

  it("runs the replay alone when only it is asked for", () => {
    expect(parseBenchOptions(["--only", "replay"])).toMatchObject({ figures: false, replay: true, trials: 3 });
    expect(parseBenchOptions(["--smoke", "--only", "intake"])).toMatchObject({ figures: true, replay: false, trials: 1, only: ["intake"] });
    expect(parseBenchOptions(["--json", "out.json"])).toMatchObject({ json: "out.json" });
  });
});
