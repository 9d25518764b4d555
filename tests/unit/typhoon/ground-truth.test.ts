import { describe, expect, it } from "vitest";
import { grids } from "@/lib/city/shanghai";
import { groundTruthCells, type CellTruth } from "@/scripts/typhoon/ground-truth/cell-truth";
import { recordFloodHistory, floodedCellsAfter, maxDepthsAfter } from "@/scripts/typhoon/ground-truth/flood-history";
import { createFloodState } from "@/scripts/typhoon/ground-truth/flood-model";

const HOUR = 3_600_000;

function cell(name: string, overrides: Partial<CellTruth> = {}): CellTruth {
  return { cell: name, district: 310101, lat: 31.2, lng: 121.5, depression: 0, catchmentFactor: 1, drainageCapacityMmH: 30, blockedDrain: false, runoffCoefficient: 1, ...overrides };
}

describe("the hidden ground truth", () => {
  it("gives every demo cell the same ground every time: mostly level, some low points, a few blocked drains", () => {
    const cells = groundTruthCells(grids);
    expect(groundTruthCells(grids)).toEqual(cells);
    expect(cells.map((c) => c.cell)).toEqual(grids.map((g) => g.cell));
    for (const c of cells) {
      expect(c.depression).toBeGreaterThanOrEqual(0);
      expect(c.depression).toBeLessThanOrEqual(1);
      expect(c.catchmentFactor).toBeCloseTo(1 + 5 * c.depression);
      expect(c.drainageCapacityMmH).toBeGreaterThan(0);
    }
    const share = (pick: (c: CellTruth) => boolean) => cells.filter(pick).length / cells.length;
    expect(share((c) => c.depression > 0.5)).toBeGreaterThan(0.03);
    expect(share((c) => c.depression > 0.5)).toBeLessThan(0.3);
    expect(share((c) => c.blockedDrain)).toBeGreaterThan(0.03);
    expect(share((c) => c.blockedDrain)).toBeLessThan(0.12);
    const mean = (list: CellTruth[]) => list.reduce((s, c) => s + c.drainageCapacityMmH, 0) / list.length;
    expect(mean(cells.filter((c) => c.blockedDrain))).toBeLessThan(0.7 * mean(cells.filter((c) => !c.blockedDrain)));
  });

  it("gathers water only while rain runs in faster than the drains take it, and drains it at capacity", () => {
    const state = createFloodState([cell("level"), cell("low", { catchmentFactor: 3 }), cell("blocked", { drainageCapacityMmH: 10, blockedDrain: true })]);
    state.step([20, 20, 20], 1);
    expect([...state.depthsMm]).toEqual([0, 30, 10]);
    state.step([50, 0, 0], 0.5);
    expect([...state.depthsMm]).toEqual([10, 15, 5]);
    state.step([0, 0, 0], 1);
    expect([...state.depthsMm]).toEqual([0, 0, 0]);
  });

  it("counts only the runoff share of the rain", () => {
    const state = createFloodState([cell("park", { runoffCoefficient: 0.5 })]);
    state.step([50], 1);
    expect(state.depthsMm[0]).toBe(0);
    state.step([100], 1);
    expect(state.depthsMm[0]).toBe(20);
  });

  it("tells which cells flooded in the hours after a moment, for the backtest", () => {
    const cells = [cell("a"), cell("b", { catchmentFactor: 4 })];
    const start = Date.UTC(2021, 6, 25);
    // 20 mm/h for three hours, then dry: a never floods, b gathers 50 mm an hour, then drains 30 an hour.
    const history = recordFloodHistory(cells, (t) => (t <= start + 3 * HOUR ? [20, 20] : [0, 0]), { startMs: start, endMs: start + 12 * HOUR, stepMs: HOUR / 2 });
    expect(history.timesMs).toHaveLength(24);
    expect(history.depthsMm[5]![1]).toBeCloseTo(150);
    expect([...maxDepthsAfter(history, start, 3)]).toEqual([0, 150]);
    expect(floodedCellsAfter(history, start, 1, 40)).toEqual(new Set(["b"]));
    expect(floodedCellsAfter(history, start, 1, 60)).toEqual(new Set());
    expect(floodedCellsAfter(history, start + 3 * HOUR, 3, 100)).toEqual(new Set(["b"]));
    // 150 mm at 3 h drain by 8 h.
    expect(floodedCellsAfter(history, start + 8 * HOUR, 4, 0)).toEqual(new Set());
  });
});
