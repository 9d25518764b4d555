import type { RiskCell, RiskHorizon, RiskMapView, RiskTop } from "@/lib/contracts/risk";

export interface RiskPoints {
  /** When the newest of what is shown was computed; null before any computation. */
  readonly computedAt: string | null;
  /** Highest score first; ties by cell, so the order holds still between renders. */
  readonly cells: readonly RiskCell[];
}

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);
const byScore = (a: RiskCell, b: RiskCell) => b.score - a.score;

/**
 * A horizon's risk points from the full map fetched and the top cells pushed since. The fetched map serves
 * while it is as new as the push; a newer push (its fetch throttled or refused) gives its top cells their
 * new scores, and the fetched map's other cells stay drawn, lowered to at most the push's lowest top score
 * (had they scored more they would be in the top; none when the top is empty), so the map does not empty
 * between two fetches.
 */
export function riskPoints(pushed: RiskTop | null, fetched: RiskMapView | null, horizon: RiskHorizon): RiskPoints {
  const fetchedCells = fetched?.computedAt ? fetched.cells : [];
  const top = pushed?.horizons.find((h) => h.horizon === horizon)?.cells ?? [];
  if (!pushed || (fetched?.computedAt && !later(pushed.computedAt, fetched.computedAt))) {
    return { computedAt: fetched?.computedAt ?? null, cells: [...fetchedCells].sort((a, b) => byScore(a, b) || a.cell.localeCompare(b.cell)) };
  }
  const topCells = [...top].sort((a, b) => byScore(a, b) || a.cell.localeCompare(b.cell));
  const ceiling = topCells.at(-1)?.score ?? 0;
  const inTop = new Set(topCells.map((c) => c.cell));
  // An empty top: nothing scores above the floor any more.
  const rest = (topCells.length === 0 ? [] : fetchedCells)
    .filter((c) => !inTop.has(c.cell))
    .map((c) => (c.score > ceiling ? { ...c, score: ceiling } : c))
    .sort((a, b) => byScore(a, b) || a.cell.localeCompare(b.cell));
  // Stable: on a tie the pushed (newer) cell ranks first.
  return { computedAt: pushed.computedAt, cells: [...topCells, ...rest].sort(byScore) };
}
