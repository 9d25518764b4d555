/**
 * HIDDEN GROUND TRUTH: where water really stands, cell by cell, as rain falls (see cell-truth.ts).
 *
 * A bucket per cell: rain × runoff coefficient × catchment factor flows in; the drains take away up to
 * the cell's real capacity per hour; what they cannot take stands on the ground. So water gathers only
 * where inflow exceeds capacity (low points, blocked drains, the heaviest bands) and drains at capacity
 * once the rain eases.
 */
import type { CellTruth } from "./cell-truth";

export interface FloodState {
  readonly cells: readonly CellTruth[];
  /** Standing water per cell (same order as `cells`), mm. */
  readonly depthsMm: Float64Array;
  /** Advances `hours` under the given rain rate per cell (mm/h, same order as `cells`). */
  step(rainMmH: ArrayLike<number>, hours: number): void;
}

export function createFloodState(cells: readonly CellTruth[]): FloodState {
  const depthsMm = new Float64Array(cells.length);
  return {
    cells,
    depthsMm,
    step(rainMmH, hours) {
      if (rainMmH.length !== cells.length) throw new Error(`rain for ${rainMmH.length} cells, the city has ${cells.length}`);
      if (!(hours > 0)) throw new Error("a flood step must move time forward");
      cells.forEach((truth, i) => {
        const inflowMmH = (rainMmH[i] ?? 0) * truth.runoffCoefficient * truth.catchmentFactor;
        depthsMm[i] = Math.max(0, depthsMm[i]! + (inflowMmH - truth.drainageCapacityMmH) * hours);
      });
    },
  };
}
