import type { CaseSummary } from "@/lib/contracts/case-summary";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { assignCase, type AssignOutcome } from "@/lib/db/repositories/dispatch.repository";
import type { PipelineContext } from "./pipeline-context";
import { notifyReporter } from "./notify-reporter";
import { startSlaClock } from "./start-sla-clock";
import { loadWorkerSummaries } from "./worker-summaries";

/** Stages auto-dispatch assigns from. */
export const AWAITING_DISPATCH = ["accepted", "reopened"] as const;

export interface AutoAssignment {
  workerId: string;
  travelMeters: number;
  sameGrid: boolean;
  /** Why this worker, stored with the assignment for the dispatcher to see. */
  reason: unknown;
}

/**
 * Hands a case awaiting dispatch to a worker on the system's behalf, in one transaction that claims
 * the worker's load slot; then tells the screens, starts the sign-for clock and informs the reporter.
 */
export async function autoAssign(
  ctx: PipelineContext,
  current: Pick<CaseSummary, "id" | "stage" | "category">,
  choice: AutoAssignment,
): Promise<AssignOutcome> {
  const at = ctx.clock();
  const outcome = await assignCase(
    ctx.db,
    {
      caseId: current.id,
      workerId: choice.workerId,
      travelMeters: choice.travelMeters,
      reason: choice.reason,
      at,
      history: {
        at,
        actor: "system:auto-dispatch",
        action: "dispatch",
        fromStage: current.stage,
        toStage: "dispatched",
        detail: { workerId: choice.workerId, travelMeters: choice.travelMeters, sameGrid: choice.sameGrid },
      },
    },
    AWAITING_DISPATCH,
  );
  if (outcome !== "assigned") return outcome;

  const [summary, worker] = await Promise.all([
    findCaseSummary(ctx.db, current.id),
    loadWorkerSummaries(ctx.db, ctx.positions, [choice.workerId]),
  ]);
  const deltas = [];
  if (summary) deltas.push({ kind: "case" as const, case: summary });
  if (worker[0]) deltas.push({ kind: "worker" as const, worker: worker[0] });
  await ctx.publisher.publish(deltas);
  await startSlaClock(ctx, { caseId: current.id, category: current.category, clock: "sign_for", startedAt: at, assigneeId: choice.workerId });
  if (summary) await notifyReporter(ctx, summary, [{ at, action: "dispatch", toStage: "dispatched", detail: {} }]);
  return outcome;
}
