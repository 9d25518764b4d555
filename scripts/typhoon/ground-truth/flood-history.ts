/**
 * HIDDEN GROUND TRUTH over a whole storm: the standing water of every cell at every step, and what a
 * backtest asks of it — which cells really flooded in the hours after a moment.
 */
import type { CellTruth } from "./cell-truth";
import { createFloodState } from "./flood-model";

export interface FloodHistory {
  cells: readonly CellTruth[];
  /** The instant at the end of each step, ascending. */
  timesMs: number[];
  /** Standing water per cell after each step, mm. */
  depthsMm: Float32Array[];
}

/** Steps the flood model from `startMs` to `endMs`, asking `rainAt` for each step's rain per cell. */
export function recordFloodHistory(
  cells: readonly CellTruth[],
  rainAt: (timeMs: number) => ArrayLike<number>,
  window: { startMs: number; endMs: number; stepMs: number },
): FloodHistory {
  if (!(window.stepMs > 0) || window.endMs < window.startMs) throw new Error("a flood history needs a forward window and a positive step");
  const state = createFloodState(cells);
  const history: FloodHistory = { cells, timesMs: [], depthsMm: [] };
  const steps = Math.floor((window.endMs - window.startMs) / window.stepMs);
  for (let k = 1; k <= steps; k++) {
    const timeMs = window.startMs + k * window.stepMs;
    // A step's rain is the rain at its end, as the replay steps it: the same rain and steps give the replay's water.
    state.step(rainAt(timeMs), window.stepMs / 3_600_000);
    history.timesMs.push(timeMs);
    history.depthsMm.push(Float32Array.from(state.depthsMm));
  }
  return history;
}

/** The deepest water of each cell in (fromMs, fromMs + hours], mm (0 for a window the history does not cover). */
export function maxDepthsAfter(history: FloodHistory, fromMs: number, hours: number): Float32Array {
  const deepest = new Float32Array(history.cells.length);
  const untilMs = fromMs + hours * 3_600_000;
  history.timesMs.forEach((timeMs, k) => {
    if (timeMs <= fromMs || timeMs > untilMs) return;
    const depths = history.depthsMm[k]!;
    for (let i = 0; i < deepest.length; i++) if (depths[i]! > deepest[i]!) deepest[i] = depths[i]!;
  });
  return deepest;
}

/** Cells where water really stood deeper than `thresholdMm` at some time in the `hours` after `fromMs`. */
export function floodedCellsAfter(history: FloodHistory, fromMs: number, hours: number, thresholdMm: number): Set<string> {
  const deepest = maxDepthsAfter(history, fromMs, hours);
  const flooded = new Set<string>();
  history.cells.forEach((truth, i) => {
    if (deepest[i]! > thresholdMm) flooded.add(truth.cell);
  });
  return flooded;
}
