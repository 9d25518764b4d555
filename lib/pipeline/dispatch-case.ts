import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import type { DispatchCaseJob } from "@/lib/queue/job-payloads";
import { autoAssign } from "./auto-assign";
import type { PipelineContext } from "./pipeline-context";
import { rankNearbyWorkers } from "./rank-nearby-workers";

export type DispatchOutcome =
  | { outcome: "assigned"; workerId: string; travelMeters: number }
  | { outcome: "not_awaiting" }
  /** Unplaced, or of a category left to the desk: a dispatcher places or dispatches it. */
  | { outcome: "left_to_desk" }
  | { outcome: "no_worker"; retryInMs: number };

// How many of the best-ranked workers to try when others win the race for them first.
const ATTEMPTS = 5;

/** Waits longer each round that found nobody, up to five minutes. */
export function retryDelayMs(round: number): number {
  return Math.min(5 * 60_000, 15_000 * 2 ** round);
}

/** Auto-dispatch: the nearest eligible on-duty worker gets the case, and the reason is stored with it. */
export async function dispatchCase(job: DispatchCaseJob, ctx: PipelineContext): Promise<DispatchOutcome> {
  const current = await findCaseSummary(ctx.db, job.caseId);
  if (!current || !isAwaitingDispatch(current.stage)) return { outcome: "not_awaiting" };
  if (!isAutoDispatchable(current, ctx.reference.category(current.category))) return { outcome: "left_to_desk" };

  const { reason } = await rankNearbyWorkers(ctx, current, job.excludeWorkerIds);

  for (const choice of reason.ranked.slice(0, ATTEMPTS)) {
    const stored = { ...reason, ranked: reason.ranked.slice(0, 5), chosen: choice.id };
    const outcome = await autoAssign(ctx, { current, workerId: choice.id, travelMeters: choice.travelMeters, sameGrid: choice.sameGrid, reason: stored });
    if (outcome === "case_not_awaiting") return { outcome: "not_awaiting" };
    if (outcome === "assigned") return { outcome: "assigned", workerId: choice.id, travelMeters: choice.travelMeters };
  }
  const retryInMs = retryDelayMs(job.round);
  await ctx.enqueueDispatch({
    caseId: current.id,
    caseVersion: current.version,
    round: job.round + 1,
    delayMs: retryInMs,
    excludeWorkerIds: job.excludeWorkerIds,
  });
  return { outcome: "no_worker", retryInMs };
}
