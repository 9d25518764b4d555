import { cellToParent, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { densityResolutionForZoom, openCaseDensity } from "@/app/_map/case-density";
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

describe("openCaseDensity", () => {
  const cases = [
    aCase("1", { gridCell: peoplesSquare }),
    aCase("2", { gridCell: peoplesSquare, stage: "dispatched" }),
    aCase("3", { gridCell: nextDoor, stage: "in_progress" }),
    aCase("4", { gridCell: pudong, stage: "reopened" }),
    aCase("closed", { gridCell: pudong, stage: "closed" }),
    aCase("resolved", { gridCell: pudong, stage: "resolved" }),
    aCase("broken", { gridCell: "not-a-cell" }),
  ];

  it("counts open cases per res-9 cell", () => {
    const counts = Object.fromEntries(openCaseDensity(cases, 9).map((cell) => [cell.hex, cell.count]));
    expect(counts).toEqual({ [peoplesSquare]: 2, [nextDoor]: 1, [pudong]: 1 });
  });

  it("sums neighbouring cells into their parent at a coarser resolution", () => {
    const counts = Object.fromEntries(openCaseDensity(cases, 7).map((cell) => [cell.hex, cell.count]));
    expect(counts).toEqual({ [cellToParent(peoplesSquare, 7)]: 3, [cellToParent(pudong, 7)]: 1 });
  });
});
