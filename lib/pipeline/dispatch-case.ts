import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { assignCase } from "@/lib/db/repositories/dispatch.repository";
import { isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";
import type { DispatchCaseJob } from "@/lib/queue/job-payloads";
import type { PipelineContext } from "./pipeline-context";
import { notifyReporter } from "./notify-reporter";
import { rankNearbyWorkers } from "./rank-nearby-workers";
import { startSlaClock } from "./start-sla-clock";
import { loadWorkerSummaries } from "./worker-summaries";

export type DispatchOutcome =
  | { outcome: "assigned"; workerId: string; travelMeters: number }
  | { outcome: "not_awaiting" }
  | { outcome: "no_worker"; retryInMs: number };

const AWAITING = ["accepted", "reopened"] as const;
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

  const { reason } = await rankNearbyWorkers(ctx, current, job.excludeWorkerIds);

  for (const choice of reason.ranked.slice(0, ATTEMPTS)) {
    const at = ctx.clock();
    const stored = { ...reason, ranked: reason.ranked.slice(0, 5), chosen: choice.id };
    const outcome = await assignCase(
      ctx.db,
      {
        caseId: current.id,
        workerId: choice.id,
        travelMeters: choice.travelMeters,
        reason: stored,
        at,
        history: {
          at,
          actor: "system:auto-dispatch",
          action: "dispatch",
          fromStage: current.stage,
          toStage: "dispatched",
          detail: { workerId: choice.id, travelMeters: choice.travelMeters, sameGrid: choice.sameGrid },
        },
      },
      AWAITING,
    );
    if (outcome === "case_not_awaiting") return { outcome: "not_awaiting" };
    if (outcome === "assigned") {
      const [summary, worker] = await Promise.all([
        findCaseSummary(ctx.db, current.id),
        loadWorkerSummaries(ctx.db, ctx.positions, [choice.id]),
      ]);
      const deltas = [];
      if (summary) deltas.push({ kind: "case" as const, case: summary });
      if (worker[0]) deltas.push({ kind: "worker" as const, worker: worker[0] });
      await ctx.publisher.publish(deltas);
      await startSlaClock(ctx, { caseId: current.id, category: current.category, clock: "sign_for", startedAt: at, assigneeId: choice.id });
      if (summary) await notifyReporter(ctx, summary, [{ at, action: "dispatch", toStage: "dispatched", detail: {} }]);
      return { outcome: "assigned", workerId: choice.id, travelMeters: choice.travelMeters };
    }
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
