import { cellToParent, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { densityResolutionForZoom } from "@/app/_map/case-density";
import { HexDensity, type DensityCells } from "@/app/_map/hex-density";
import { aCase } from "../live/live-fixtures";

const peoplesSquare = latLngToCell(31.23, 121.47, 9);
const nextDoor = latLngToCell(31.2305, 121.4705, 9);
const pudong = latLngToCell(31.3, 121.55, 9);

describe("densityResolutionForZoom", () => {
  it("sums cells into coarser parents when zoomed out", () => {
    expect(densityResolutionForZoom(9)).toBe(7);
    expect(densityResolutionForZoom(10.3)).toBe(7);
    expect(densityResolutionForZoom(12)).toBe(8);
    expect(densityResolutionForZoom(13)).toBe(9);
    expect(densityResolutionForZoom(17)).toBe(9);
  });
});

function countsOf(cells: DensityCells): Record<string, number> {
  return Object.fromEntries(cells.hexes.map((hex, i) => [hex, cells.counts[i]]).filter(([, count]) => count !== 0));
}

describe("HexDensity", () => {
  const cases = [
    aCase("1", { gridCell: peoplesSquare }),
    aCase("2", { gridCell: peoplesSquare, stage: "dispatched" }),
    aCase("3", { gridCell: nextDoor, stage: "in_progress" }),
    aCase("4", { gridCell: pudong, stage: "reopened" }),
    aCase("closed", { gridCell: pudong, stage: "closed" }),
    aCase("resolved", { gridCell: pudong, stage: "resolved" }),
    aCase("broken", { gridCell: "not-a-cell" }),
  ];
  const filled = () => {
    const density = new HexDensity();
    for (const summary of cases) density.update(undefined, summary);
    return density;
  };

  it("counts open cases per res-9 cell", () => {
    expect(countsOf(filled().publish()[9])).toEqual({ [peoplesSquare]: 2, [nextDoor]: 1, [pudong]: 1 });
  });

  it("sums neighbouring cells into their parent at a coarser resolution", () => {
    expect(countsOf(filled().publish()[7])).toEqual({ [cellToParent(peoplesSquare, 7)]: 3, [cellToParent(pudong, 7)]: 1 });
  });

  it("moves counts as cases change, keeping emptied cells (so the hexagons need not be rebuilt)", () => {
    const density = filled();
    const before = density.publish()[9];
    density.update(aCase("4", { gridCell: pudong, stage: "reopened" }), aCase("4", { gridCell: pudong, stage: "closed", version: 2 }));
    density.update(aCase("3", { gridCell: nextDoor, stage: "in_progress" }), aCase("3", { gridCell: nextDoor, stage: "resolved", version: 2 }));
    const after = density.publish()[9];
    expect(countsOf(after)).toEqual({ [peoplesSquare]: 2 });
    expect(after.hexes).toBe(before.hexes);
    expect(after).not.toBe(before);
    expect(after.maxCount).toBe(2);
  });

  it("counts per cell the overdue open cases and the rated cases (open or not), following each change", () => {
    const density = new HexDensity();
    density.update(undefined, aCase("late", { gridCell: peoplesSquare, stage: "dispatched", overdue: true }));
    density.update(undefined, aCase("happy", { gridCell: peoplesSquare, stage: "closed", satisfied: true }));
    density.update(undefined, aCase("unhappy", { gridCell: peoplesSquare, stage: "rated", satisfied: false }));
    const at = (cells: DensityCells) => cells.hexes.indexOf(peoplesSquare);
    let cells = density.publish()[9];
    expect([cells.counts[at(cells)], cells.overdue[at(cells)], cells.rated[at(cells)], cells.satisfied[at(cells)]]).toEqual([1, 1, 2, 1]);

    density.update(aCase("late", { gridCell: peoplesSquare, stage: "dispatched", overdue: true }), aCase("late", { gridCell: peoplesSquare, stage: "resolved", overdue: true, version: 2 }));
    density.update(aCase("unhappy", { gridCell: peoplesSquare, stage: "rated", satisfied: false }), aCase("unhappy", { gridCell: peoplesSquare, stage: "reopened", satisfied: null, version: 2 }));
    cells = density.publish()[9];
    expect([cells.counts[at(cells)], cells.overdue[at(cells)], cells.rated[at(cells)], cells.satisfied[at(cells)]]).toEqual([1, 0, 1, 1]);
  });

  it("hands out the same cells while nothing changes, and new hexes when a cell appears", () => {
    const density = filled();
    const first = density.publish();
    const firstCells = first[9];
    expect(density.publish()).toBe(first);
    expect(first[9]).toBe(firstCells);
    density.update(undefined, aCase("far", { gridCell: latLngToCell(31.0, 121.2, 9) }));
    const next = density.publish();
    expect(next).not.toBe(first);
    expect(next[9].hexes).not.toBe(firstCells.hexes);
  });

  it("copies a resolution's counts out when it is read, not when published (the map shows one at a time)", () => {
    const density = filled();
    const published = density.publish();
    const far = latLngToCell(31.0, 121.2, 9);
    density.update(undefined, aCase("far", { gridCell: far }));
    expect(countsOf(published[9])[far]).toBe(1);
  });
});
