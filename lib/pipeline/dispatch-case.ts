import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import type { DispatchCaseJob } from "@/lib/queue/job-payloads";
import type { PipelineContext } from "./pipeline-context";
import { placeCases } from "./place-cases";

export type DispatchOutcome =
  | { outcome: "assigned"; workerId: string; travelMeters: number }
  | { outcome: "not_awaiting" }
  /** Unplaced, or of a category left to the desk: a dispatcher places or dispatches it. */
  | { outcome: "left_to_desk" }
  | { outcome: "no_worker"; retryInMs: number };

/** Waits longer each round that found nobody, up to five minutes. */
export function retryDelayMs(round: number): number {
  return Math.min(5 * 60_000, 15_000 * 2 ** round);
}

/** Auto-dispatch: the nearest eligible on-duty worker gets the case, and the reason is stored with it. */
export async function dispatchCase(job: DispatchCaseJob, ctx: PipelineContext): Promise<DispatchOutcome> {
  const current = await findCaseSummary(ctx.db, job.caseId);
  if (!current || !isAwaitingDispatch(current.stage)) return { outcome: "not_awaiting" };
  if (!isAutoDispatchable(current, ctx.reference.category(current.category))) return { outcome: "left_to_desk" };

  const excluded = new Set(job.excludeWorkerIds);
  const placements = await placeCases(ctx, [current], () => excluded);
  const assigned = placements.assigned.get(current.id);
  if (assigned) return { outcome: "assigned", ...assigned };
  if (placements.notAwaiting.has(current.id)) return { outcome: "not_awaiting" };
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
