import type { DensityCells } from "./hex-density";
import { densityColor, densityRamp, overdueRamp, rateColor, riskRamp, satisfactionRamp } from "./density-ramp";
import type { Rgb } from "./stage-colors";

/**
 * What the hexagons show: open cases, the share of them overdue, the share of rated cases satisfied
 * (the cases' measures), or the chance of water standing within a horizon (the flood-risk map).
 */
export const hexMeasures = ["density", "overdue", "satisfaction", "risk"] as const;
export type HexMeasure = (typeof hexMeasures)[number];
export type CaseHexMeasure = Exclude<HexMeasure, "risk">;

export const hexMeasureRamps: Readonly<Record<HexMeasure, readonly Rgb[]>> = {
  density: densityRamp,
  overdue: overdueRamp,
  satisfaction: satisfactionRamp,
  risk: riskRamp,
};

/**
 * RGBA per cell for a measure; clear where the measure has nothing to go on (no open case; for
 * satisfaction, no rated case). Cells share values, so one colour is worked out per value.
 */
export function hexColors(cells: DensityCells, measure: CaseHexMeasure): Uint8Array {
  const colors = new Uint8Array(cells.counts.length * 4);
  const ofValue = new Map<number, readonly number[]>();
  const paint = (i: number, value: number, color: (value: number) => Rgb) => {
    let rgba = ofValue.get(value);
    if (!rgba) ofValue.set(value, (rgba = [...color(value), 255]));
    colors.set(rgba, i * 4);
  };
  for (let i = 0; i < cells.counts.length; i++) {
    const open = cells.counts[i]!;
    if (measure === "density") {
      if (open > 0) paint(i, open, (count) => densityColor(count, cells.maxCount));
    } else if (measure === "overdue") {
      if (open > 0) paint(i, cells.overdue[i]! / open, (rate) => rateColor(rate, overdueRamp));
    } else if (cells.rated[i]! > 0) {
      paint(i, cells.satisfied[i]! / cells.rated[i]!, (rate) => rateColor(rate, satisfactionRamp));
    }
  }
  return colors;
}
