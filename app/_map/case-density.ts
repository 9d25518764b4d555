import { cellToParent, getResolution, isValidCell } from "h3-js";
import { openStages, type CaseSummary } from "@/lib/contracts";

export interface CellCount {
  readonly hex: string;
  readonly count: number;
}

/** Cases carry their res-9 cell; zoomed out, cells that small vanish, so they are summed into parents. */
export function densityResolutionForZoom(zoom: number): 7 | 8 | 9 {
  if (zoom < 11) return 7;
  if (zoom < 13) return 8;
  return 9;
}

/** Open cases per H3 cell at the given resolution (cases with an unusable cell are left out). */
export function openCaseDensity(cases: Iterable<CaseSummary>, resolution: number): CellCount[] {
  const counts = new Map<string, number>();
  for (const summary of cases) {
    if (!openStages.includes(summary.stage)) continue;
    const cell = cellAt(summary.gridCell, resolution);
    if (cell) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return Array.from(counts, ([hex, count]) => ({ hex, count }));
}

// H3 calls cost microseconds each and run for every case on every update, over a few thousand
// cells that hardly change: remember the answers (and forget them all if the city outgrows the cache).
const maxRemembered = 100_000;
const remembered = new Map<string, string | null>();

function cellAt(gridCell: string, resolution: number): string | null {
  const key = `${gridCell}/${resolution}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size >= maxRemembered) remembered.clear();
  const cell = !isValidCell(gridCell) ? null : getResolution(gridCell) > resolution ? cellToParent(gridCell, resolution) : gridCell;
  remembered.set(key, cell);
  return cell;
}
