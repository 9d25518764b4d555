import type { CaseSummary, Priority, Stage } from "@/lib/contracts";
import { caseColor, isOverdueOpen } from "./case-color";

const hiddenStages: ReadonlySet<Stage> = new Set(["rejected", "merged", "cancelled"]);
const finishedStages: ReadonlySet<Stage> = new Set(["rated", "closed"]);
const drawOrder: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
const radiusPixels: Record<Priority, number> = { urgent: 6.5, high: 5, normal: 3.5, low: 3 };
const ranksPerTier = 4;
const tiers = { finished: 0, open: 1, overdueOpen: 2 } as const;

/**
 * Draw ranks, in tiers of four priorities: finished cases (0–3, drawn first), open ones (4–7) and
 * open ones past a deadline (8–11, drawn on top), low priority under urgent within each tier.
 */
export const drawRankCount = 3 * ranksPerTier;

export function isFinished(summary: CaseSummary): boolean {
  return finishedStages.has(summary.stage);
}

/** Where a case's dot goes in the drawing order, or null when it gets no dot. */
export function drawRank(summary: CaseSummary): number | null {
  if (hiddenStages.has(summary.stage)) return null;
  const tier = isOverdueOpen(summary) ? tiers.overdueOpen : isFinished(summary) ? tiers.finished : tiers.open;
  return tier * ranksPerTier + drawOrder[summary.priority];
}

/** The priority of a draw rank's dots. */
export function rankPriority(rank: number): Priority {
  const order = rank % ranksPerTier;
  return (Object.keys(drawOrder) as Priority[]).find((priority) => drawOrder[priority] === order)!;
}

/** Whether the dots of a draw rank are open cases past a deadline. */
export function isOverdueRank(rank: number): boolean {
  return Math.floor(rank / ranksPerTier) === tiers.overdueOpen;
}

/** Dot size by priority. */
export function caseRadius(priority: Priority): number {
  return radiusPixels[priority];
}

/** Colour by stage (red while overdue and open), finished ones faded. */
export function caseFillColor(summary: CaseSummary): [number, number, number, number] {
  return [...caseColor(summary), isFinished(summary) ? 110 : 235];
}
