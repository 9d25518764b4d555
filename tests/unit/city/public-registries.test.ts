import { describe, expect, it } from "vitest";
import { grids } from "@/lib/city/shanghai";
import { DEFAULT_DESIGN_CAPACITY_MM_H, designDrainageMmH } from "@/lib/city/shanghai/design-drainage";
import { pastWaterloggingReports, publicLowness } from "@/lib/city/shanghai/public-registries";

describe("the demo city's public registries for the risk model", () => {
  it("give every grid cell a coarse lowness, and waterlogging spots only in grid cells", () => {
    const cells = new Set(grids.map((g) => g.cell));
    expect(publicLowness.size).toBe(grids.length);
    for (const cell of cells) expect(publicLowness.get(cell)).toBeGreaterThanOrEqual(0);
    for (const cell of pastWaterloggingReports.keys()) expect(cells.has(cell)).toBe(true);
  });

  it("are a partial record: a minority of cells has been reported flooded before", () => {
    const share = pastWaterloggingReports.size / grids.length;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.4);
  });

  it("know the design drainage of every district of the grid, the old centre's lowest", () => {
    expect(designDrainageMmH(310101)).toBe(36);
    expect(designDrainageMmH(310115)).toBe(50);
    expect(designDrainageMmH(999999)).toBe(DEFAULT_DESIGN_CAPACITY_MM_H);
  });
});
