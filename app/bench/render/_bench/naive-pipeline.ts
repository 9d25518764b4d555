import { cellToParent, getResolution, isValidCell } from "h3-js";
import { isPlaced, openStages, type CaseSummary, type Delta, type Stage } from "@/lib/contracts";
import { densityResolutionForZoom } from "@/app/_map/case-density";
import { casesLayer } from "@/app/_map/cases-layer";
import { densityLayer } from "@/app/_map/density-layer";
import { newestCases } from "@/app/_screen/newest-cases";
import { benchQueueLength, benchView, type RenderPipeline } from "./render-pipeline";

const maxCases = 100_000;
const hiddenStages: ReadonlySet<Stage> = new Set(["rejected", "merged", "cancelled"]);
const finishedStages: ReadonlySet<Stage> = new Set(["rated", "closed"]);
const drawOrder = { low: 0, normal: 1, high: 2, urgent: 3 } as const;

/**
 * The baseline: the wall screen as it was before its incremental views, kept here only to be measured.
 * Every batch copies the case map, sorts it to bound it, and rebuilds every derived array (dots sorted by
 * draw order, hexagon counts, stage counts, the queue); new arrays make deck.gl run its accessors for
 * every point and hexagon again.
 */
export function naivePipeline(): RenderPipeline {
  let cases = new Map<string, CaseSummary>();
  const resolution = densityResolutionForZoom(benchView.zoom);

  const layers = () => {
    const dots = [...cases.values()].filter(isPlaced).filter((summary) => !hiddenStages.has(summary.stage)).sort((a, b) => rank(a) - rank(b));
    const counts = new Map<string, number>();
    for (const summary of cases.values()) {
      if (!openStages.includes(summary.stage) || summary.gridCell === null) continue;
      const cell = cellAt(summary.gridCell, resolution);
      if (cell) counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
    const stageCounts: Partial<Record<Stage, number>> = {};
    for (const summary of cases.values()) stageCounts[summary.stage] = (stageCounts[summary.stage] ?? 0) + 1;
    newestCases(cases.values(), benchQueueLength);
    const hexCounts = [...counts.values()];
    const none = hexCounts.map(() => 0);
    const cells = { resolution, hexes: [...counts.keys()], counts: hexCounts, maxCount: Math.max(0, ...hexCounts), overdue: none, rated: none, satisfied: none };
    return [densityLayer(cells), casesLayer(dots)];
  };

  return {
    load(snapshot: readonly CaseSummary[]) {
      cases = bound(new Map(snapshot.map((summary) => [summary.id, summary])));
      return layers();
    },
    apply(deltas: readonly Delta[]) {
      const next = new Map(cases);
      for (const delta of [...deltas].sort((a, b) => a.seq - b.seq)) {
        if (delta.kind !== "case") continue;
        const known = next.get(delta.case.id);
        if (!known || known.version < delta.case.version) next.set(delta.case.id, delta.case);
      }
      cases = bound(next);
      return layers();
    },
  };
}

function rank(summary: CaseSummary): number {
  return (finishedStages.has(summary.stage) ? 0 : 10) + drawOrder[summary.priority];
}

function bound(cases: Map<string, CaseSummary>): Map<string, CaseSummary> {
  const excess = cases.size - maxCases;
  if (excess <= 0) return cases;
  const byDropOrder = [...cases.values()]
    .map((summary) => ({ id: summary.id, open: openStages.includes(summary.stage), time: Date.parse(summary.createdAt) }))
    .sort((a, b) => Number(a.open) - Number(b.open) || a.time - b.time);
  for (const dropped of byDropOrder.slice(0, excess)) cases.delete(dropped.id);
  return cases;
}

const remembered = new Map<string, string | null>();

function cellAt(gridCell: string, resolution: number): string | null {
  const key = `${gridCell}/${resolution}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  if (remembered.size >= 100_000) remembered.clear();
  const cell = !isValidCell(gridCell) ? null : getResolution(gridCell) > resolution ? cellToParent(gridCell, resolution) : gridCell;
  remembered.set(key, cell);
  return cell;
}
