import type { HistoryItem, Stage } from "@/lib/contracts";

export type WorkerStep = "sign_for" | "arrive" | "resolve";

/** Whether the current holder has reported arriving: an arrival after the latest sign-for. */
export function arrivedSinceSignFor(history: readonly HistoryItem[]): boolean {
  let arrived = false;
  for (const item of history) {
    if (item.action === "sign_for") arrived = false;
    if (item.action === "arrive") arrived = true;
  }
  return arrived;
}

/** The worker's next step (the big button) and any other one allowed now: 签收, then 到场, then 办结. */
export function stepsFor(stage: Stage, arrived: boolean): { primary: WorkerStep | null; secondary: WorkerStep | null } {
  if (stage === "dispatched") return { primary: "sign_for", secondary: null };
  // Arrival is a milestone, not a gate: a problem settled by phone may be resolved without it.
  if (stage === "in_progress") return arrived ? { primary: "resolve", secondary: null } : { primary: "arrive", secondary: "resolve" };
  return { primary: null, secondary: null };
}
