import { cellToParent, getResolution, isValidCell } from "h3-js";

export type DensityResolution = 7 | 8 | 9;

export const densityResolutions: readonly DensityResolution[] = [7, 8, 9];

/** Cases carry their res-9 cell; zoomed out, cells that small vanish, so they are summed into parents. */
export function densityResolutionForZoom(zoom: number): DensityResolution {
  if (zoom < 11) return 7;
  if (zoom < 13) return 8;
  return 9;
}

export type DensityCellsOfCase = Readonly<Record<DensityResolution, string>>;

// H3 calls cost microseconds each and cases share cells: remember each grid cell's answers (Shanghai
// has about 70,000 res-9 cells; forget them all should a city outgrow the cache).
const maxRemembered = 200_000;
const remembered = new Map<string, DensityCellsOfCase | null>();

/** The cells at every density resolution holding a case's grid cell, or null when the grid cell is unusable. */
export function densityCellsOf(gridCell: string): DensityCellsOfCase | null {
  const known = remembered.get(gridCell);
  if (known !== undefined) return known;
  if (remembered.size >= maxRemembered) remembered.clear();
  const cells = isValidCell(gridCell) ? { 7: cellAt(gridCell, 7), 8: cellAt(gridCell, 8), 9: cellAt(gridCell, 9) } : null;
  remembered.set(gridCell, cells);
  return cells;
}

function cellAt(gridCell: string, resolution: DensityResolution): string {
  return getResolution(gridCell) > resolution ? cellToParent(gridCell, resolution) : gridCell;
}
