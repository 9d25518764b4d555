import type { Stage } from "@/lib/contracts/stage";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { moveCaseToWorker } from "@/lib/db/repositories/reassign.repository";
import { findWorkersByIds } from "@/lib/db/repositories/workers.repository";
import { holdsWorker } from "@/lib/domain/cases/case-patch";
import { isPlaced } from "@/lib/contracts/case-summary";
import { haversineMeters, travelMeters } from "@/lib/domain/dispatch/travel-distance";
import { conflictAfterUpdate, unprocessable, type AllowedAction, type CaseActionOutcome } from "./case-action-outcome";
import { notifyReporters } from "./notify-reporters";
import type { PipelineContext } from "./pipeline-context";
import { startSlaClock } from "./start-sla-clock";
import { loadWorkerSummaries } from "./worker-summaries";

/**
 * A dispatcher hands the case to the worker they chose (派单 from the pool, 改派 from another worker):
 * the move, both workers' loads and the history change together or not at all, every screen and both
 * workers' phones hear of it, and the sign-for clock starts for the new worker.
 */
export async function assignChosenWorker(ctx: PipelineContext, action: AllowedAction): Promise<CaseActionOutcome> {
  const { caseId, facts, input, actor } = action;
  const from = facts.stage as Stage;
  const workerId = input.workerId;
  if (!workerId) return unprocessable("worker_required", `${input.action} needs the workerId of the chosen worker`);
  const previousWorkerId = holdsWorker(from) ? facts.assignee_id : null;
  if (workerId === previousWorkerId) return unprocessable("same_worker", `${workerId} already holds this case`);
  const [worker] = await findWorkersByIds(ctx.db, [workerId]);
  const current = await findCaseSummary(ctx.db, caseId);
  if (!worker) return unprocessable("unknown_worker", `no worker ${workerId}`);
  if (!current) return { ok: false, status: 404, code: "not_found", message: `no case ${caseId}` };
  if (!isPlaced(current)) return unprocessable("location_required", "place the case first (action locate): a worker needs to know where to go");

  const position = (await ctx.positions.positionsOf([workerId])).get(workerId) ?? worker;
  const travel = travelMeters(haversineMeters(current, position), ctx.dispatchPolicy.roadFactor);
  const at = ctx.clock();
  const by = `${actor.role}:${actor.id}`;
  const outcome = await moveCaseToWorker(ctx.db, {
    caseId,
    expectedVersion: input.expectedVersion,
    workerId,
    previousWorkerId,
    travelMeters: travel,
    reason: { rule: "chosen-by-dispatcher", by, chosen: workerId, ...(input.reason && { reason: input.reason }) },
    at,
    history: {
      at,
      actor: by,
      action: input.action,
      fromStage: from,
      toStage: "dispatched",
      detail: { workerId, travelMeters: travel, ...(previousWorkerId && { fromWorkerId: previousWorkerId }), ...(input.reason && { reason: input.reason }) },
    },
  });
  if (outcome === "version_changed") return conflictAfterUpdate(ctx.db, action);
  if (outcome === "worker_unavailable") {
    return { ok: false, status: 409, code: "worker_unavailable", message: `${workerId} is off duty or has no free load slot` };
  }

  const summary = await findCaseSummary(ctx.db, caseId);
  if (!summary) throw new Error(`case ${caseId} vanished after an update`);
  const workers = await loadWorkerSummaries(ctx.db, ctx.positions, previousWorkerId ? [workerId, previousWorkerId] : [workerId]);
  const caseDelta = { kind: "case" as const, case: summary, ...(previousWorkerId && { formerAssigneeId: previousWorkerId }) };
  await ctx.publisher.publish([caseDelta, ...workers.map((w) => ({ kind: "worker" as const, worker: w }))]);
  await startSlaClock(ctx, { caseId, category: summary.category, clock: "sign_for", startedAt: at, assigneeId: workerId });
  await notifyReporters(ctx, [{ changed: summary, entries: [{ at, action: input.action, toStage: "dispatched", detail: {} }] }]);
  return { ok: true, case: summary };
}
