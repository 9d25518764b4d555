import type { Stage } from "@/lib/contracts/stage";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { mergeCases } from "@/lib/db/repositories/merge.repository";
import { holdsWorker } from "@/lib/domain/cases/case-patch";
import { conflictAfterUpdate, unprocessable, type AllowedAction, type CaseActionOutcome } from "./case-action-outcome";
import { notifyReporters } from "./notify-reporters";
import type { PipelineContext } from "./pipeline-context";
import { loadWorkerSummaries } from "./worker-summaries";

/**
 * 合并: the case is a duplicate of `mergeInto`, which carries on. The duplicate's worker, if it had
 * one, gets their load slot back; both cases record the merge and both are pushed to every screen.
 */
export async function mergeCase(ctx: PipelineContext, action: AllowedAction): Promise<CaseActionOutcome> {
  const { caseId, facts, input, actor } = action;
  const from = facts.stage as Stage;
  const targetId = input.mergeInto;
  if (!targetId) return unprocessable("merge_target_required", "merge needs mergeInto, the case this one duplicates");
  if (targetId === caseId) return unprocessable("merge_into_self", "a case cannot be merged into itself");
  const [source, target] = await Promise.all([findCaseSummary(ctx.db, caseId), findCaseSummary(ctx.db, targetId)]);
  if (!source || !target) return unprocessable("unknown_case", `no case ${targetId}`);

  const at = ctx.clock();
  const by = `${actor.role}:${actor.id}`;
  const releaseWorkerId = holdsWorker(from) ? facts.assignee_id : null;
  const reason = input.reason ? { reason: input.reason } : {};
  const outcome = await mergeCases(ctx.db, {
    sourceId: caseId,
    targetId,
    expectedVersion: input.expectedVersion,
    releaseWorkerId,
    at,
    sourceHistory: { at, actor: by, action: "merge", fromStage: from, toStage: "merged", detail: { mergeInto: targetId, mergeIntoCode: target.code, ...reason } },
    targetHistory: { at, actor: by, action: "merge_in", fromStage: target.stage, toStage: target.stage, detail: { mergedCase: caseId, mergedCode: source.code, ...reason } },
  });
  if (outcome === "version_changed") return conflictAfterUpdate(ctx.db, action);
  if (outcome === "target_missing") return unprocessable("unknown_case", `no case ${targetId}`);
  if (outcome === "target_not_open") return unprocessable("target_not_open", `${target.code} is no longer open and cannot take a duplicate`);

  const [merged, kept] = await Promise.all([findCaseSummary(ctx.db, caseId), findCaseSummary(ctx.db, targetId)]);
  if (!merged || !kept) throw new Error(`case ${caseId} or ${targetId} vanished after a merge`);
  const workers = releaseWorkerId ? await loadWorkerSummaries(ctx.db, ctx.positions, [releaseWorkerId]) : [];
  await ctx.publisher.publish([
    { kind: "case", case: merged, ...(releaseWorkerId && { formerAssigneeId: releaseWorkerId }) },
    { kind: "case", case: kept },
    ...workers.map((w) => ({ kind: "worker" as const, worker: w })),
  ]);
  await notifyReporters(ctx, [{ changed: merged, entries: [{ at, action: "merge", toStage: "merged", detail: {} }] }]);
  return { ok: true, case: merged };
}
