import { describe, expect, it } from "vitest";
import { densityColor, densityRamp } from "@/app/_map/density-ramp";

describe("densityColor", () => {
  it("runs from the first colour for the quietest cell to the last for the busiest", () => {
    expect(densityColor(1, 50)).toEqual(densityRamp[0]);
    expect(densityColor(50, 50)).toEqual(densityRamp.at(-1));
  });

  it("uses the first colour when every cell holds one case", () => {
    expect(densityColor(1, 1)).toEqual(densityRamp[0]);
  });

  it("grows on a log scale, so a middling cell is well past the start", () => {
    const [red] = densityColor(7, 50);
    const [firstRed] = densityRamp[0] ?? [0];
    expect(red).toBeGreaterThan(firstRed + 100);
  });
});
