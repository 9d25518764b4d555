import type { RiskCell } from "@/lib/contracts/risk";
import { densityCellsOf, type DensityResolution } from "./case-density";

export interface RiskHexes {
  readonly hexes: readonly string[];
  /** Score (0–1) per hex, in the order of `hexes`. */
  readonly scores: readonly number[];
}

/**
 * The risk cells (the grid's res-9 cells) at the resolution the map shows: zoomed out, a res-9 cell is a
 * few pixels, so each coarser hex takes the highest score of the cells in it (the worst place in it,
 * not an average that would hide it). Cells that are no H3 cell are left out.
 */
export function riskHexes(cells: readonly RiskCell[], resolution: DensityResolution): RiskHexes {
  const worst = new Map<string, number>();
  for (const cell of cells) {
    const hex = densityCellsOf(cell.cell)?.[resolution];
    if (hex === undefined) continue;
    worst.set(hex, Math.max(worst.get(hex) ?? 0, cell.score));
  }
  return { hexes: [...worst.keys()], scores: [...worst.values()] };
}
