import type { CaseSummary, Priority, Stage } from "@/lib/contracts";
import { stageColors } from "./stage-colors";

const hiddenStages: ReadonlySet<Stage> = new Set(["rejected", "merged", "cancelled"]);
const finishedStages: ReadonlySet<Stage> = new Set(["rated", "closed"]);
const drawOrder: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
const radiusPixels: Record<Priority, number> = { urgent: 6.5, high: 5, normal: 3.5, low: 3 };

/** Draw ranks run from finished low-priority cases (0, drawn first) to open urgent ones (7, drawn on top). */
export const drawRankCount = 8;

export function isFinished(summary: CaseSummary): boolean {
  return finishedStages.has(summary.stage);
}

/** Where a case's dot goes in the drawing order, or null when it gets no dot. */
export function drawRank(summary: CaseSummary): number | null {
  if (hiddenStages.has(summary.stage)) return null;
  return (isFinished(summary) ? 0 : 4) + drawOrder[summary.priority];
}

/** Dot size by priority. */
export function caseRadius(priority: Priority): number {
  return radiusPixels[priority];
}

/** Colour by stage, finished ones faded. */
export function caseFillColor(summary: CaseSummary): [number, number, number, number] {
  return [...stageColors[summary.stage], isFinished(summary) ? 110 : 235];
}
