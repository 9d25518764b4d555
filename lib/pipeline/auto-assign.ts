import type { CaseSummary } from "@/lib/contracts/case-summary";
import { findCaseSummaries } from "@/lib/db/repositories/cases.repository";
import { assignCases, type AssignOutcome } from "@/lib/db/repositories/dispatch.repository";
import type { PipelineContext } from "./pipeline-context";
import { notifyReporters } from "./notify-reporters";
import { startSlaClock } from "./start-sla-clock";
import { loadWorkerSummaries } from "./worker-summaries";

// What dispatch changes of a case the screens hold.
const DISPATCH_CHANGES = ["stage", "assigneeId", "assigneeName", "dispatchedAt"] as const;

/** Stages auto-dispatch assigns from. */
export const AWAITING_DISPATCH = ["accepted", "reopened"] as const;

export interface AutoAssignment {
  current: Pick<CaseSummary, "id" | "stage" | "category">;
  workerId: string;
  travelMeters: number;
  sameGrid: boolean;
  /** Why this worker, stored with the assignment for the dispatcher to see. */
  reason: unknown;
}

/**
 * Hands cases awaiting dispatch to workers on the system's behalf, in one transaction that claims
 * the workers' load slots; then tells the screens in one publish (a patch of what changed; the
 * workers' phones get the whole case), starts each sign-for clock and
 * informs each reporter. Outcomes come back in the order of `choices`.
 */
export async function autoAssignMany(ctx: PipelineContext, choices: readonly AutoAssignment[]): Promise<AssignOutcome[]> {
  const at = ctx.clock();
  const outcomes = await assignCases(
    ctx.db,
    choices.map((choice) => ({
      caseId: choice.current.id,
      workerId: choice.workerId,
      travelMeters: choice.travelMeters,
      reason: choice.reason,
      at,
      history: {
        at,
        actor: "system:auto-dispatch",
        action: "dispatch",
        fromStage: choice.current.stage,
        toStage: "dispatched",
        detail: { workerId: choice.workerId, travelMeters: choice.travelMeters, sameGrid: choice.sameGrid },
      },
    })),
    AWAITING_DISPATCH,
  );
  const assigned = choices.filter((_, i) => outcomes[i] === "assigned");
  if (assigned.length === 0) return outcomes;

  const [summaries, workers] = await Promise.all([
    findCaseSummaries(ctx.db, assigned.map((c) => c.current.id)),
    loadWorkerSummaries(ctx.db, ctx.positions, [...new Set(assigned.map((c) => c.workerId))]),
  ]);
  await ctx.publisher.publish([
    ...summaries.map((summary) => ({ kind: "case-change" as const, case: summary, changed: DISPATCH_CHANGES })),
    ...workers.map((worker) => ({ kind: "worker" as const, worker })),
  ]);
  await Promise.all([
    ...assigned.map((c) =>
      startSlaClock(ctx, { caseId: c.current.id, category: c.current.category, clock: "sign_for", startedAt: at, assigneeId: c.workerId }),
    ),
    notifyReporters(
      ctx,
      summaries.map((summary) => ({ changed: summary, entries: [{ at, action: "dispatch", toStage: "dispatched", detail: {} }] })),
    ),
  ]);
  return outcomes;
}

/** One case handed to one worker, as `autoAssignMany` does for many. */
export async function autoAssign(ctx: PipelineContext, choice: AutoAssignment): Promise<AssignOutcome> {
  const [outcome] = await autoAssignMany(ctx, [choice]);
  return outcome ?? "case_not_awaiting";
}
