import type { Stage } from "@/lib/contracts/stage";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { applyVersionedChange, findCaseFacts } from "@/lib/db/repositories/case-actions.repository";
import { holdsWorker, patchFor, type ResolveDetails } from "@/lib/domain/cases/case-patch";
import { decide, type ActionRequest, type Actor } from "@/lib/domain/cases/case-rules";
import { isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";
import { versionConflict, type CaseActionOutcome } from "./case-action-outcome";
import { mergeCase } from "./merge-case";
import { notifyReporters } from "./notify-reporters";
import { photosToAttach } from "./photos-to-attach";
import type { PipelineContext } from "./pipeline-context";
import { assignChosenWorker } from "./reassign-case";
import { startSlaClock } from "./start-sla-clock";
import { loadWorkerSummaries } from "./worker-summaries";

export type CaseActionInput = ActionRequest & ResolveDetails & { expectedVersion: number; workerId?: string; mergeInto?: string; photoIds?: string[] };
export type { CaseActionOutcome } from "./case-action-outcome";

/**
 * One move of the closed loop by one actor: checked by the rules, applied only on the version the
 * actor saw, recorded in the history, pushed to screens. A case back in the pool goes to dispatch
 * (passing over the worker who just let it go); signing for and reopening start SLA clocks.
 */
export async function applyCaseAction(
  ctx: PipelineContext,
  caseId: string,
  input: CaseActionInput,
  actor: Actor,
): Promise<CaseActionOutcome> {
  const facts = await findCaseFacts(ctx.db, caseId);
  if (!facts) return { ok: false, status: 404, code: "not_found", message: `no case ${caseId}` };
  const from = facts.stage as Stage;
  const conflict = (version: number, stage: Stage) => versionConflict(input.expectedVersion, { version, stage });
  if (facts.version !== input.expectedVersion) return conflict(facts.version, from);

  const decision = decide(input, { stage: from, assigneeId: facts.assignee_id, department: facts.department, reporterId: facts.reporter_id }, actor);
  if (!decision.ok) return { ok: false, status: decision.code === "forbidden" ? 403 : 422, code: decision.code, message: decision.message };
  // A person dispatching or reassigning names the worker; merging names the case kept.
  if (input.action === "dispatch" || input.action === "reassign") return assignChosenWorker(ctx, { caseId, facts, input, actor });
  if (input.action === "merge") return mergeCase(ctx, { caseId, facts, input, actor });

  const photos = await photosToAttach(ctx.db, input.action, input.photoIds, actor);
  if (!photos.ok) return { ok: false, status: 422, code: "invalid_photos", message: photos.message };

  const at = ctx.clock();
  const releases = facts.assignee_id !== null && holdsWorker(from) && !holdsWorker(decision.to);
  const location = input.action === "locate" ? input.location : undefined;
  const place = location && { ...location, ...ctx.reference.place(location.lat, location.lng) };
  const applied = await applyVersionedChange(ctx.db, {
    caseId,
    expectedVersion: input.expectedVersion,
    patch: { ...patchFor(input, decision.to, at), ...(place && { place }) },
    at,
    releaseWorkerId: releases ? facts.assignee_id : null,
    photos: photos.links,
    history: {
      at,
      actor: `${actor.role}:${actor.id}`,
      action: input.action,
      fromStage: from,
      toStage: decision.to,
      detail: {
        ...(input.reason && { reason: input.reason }),
        ...(input.rating && { rating: input.rating }),
        ...(input.result && { result: input.result }),
        ...(photos.links && { photoIds: photos.links.ids }),
        ...(location && { location }),
      },
    },
  });
  if (!applied) {
    const now = await findCaseFacts(ctx.db, caseId);
    return conflict(now?.version ?? input.expectedVersion, (now?.stage ?? from) as Stage);
  }

  const summary = await findCaseSummary(ctx.db, caseId);
  if (!summary) throw new Error(`case ${caseId} vanished after an update`);
  const released = releases ? facts.assignee_id : null;
  const workers = released ? await loadWorkerSummaries(ctx.db, ctx.positions, [released]) : [];
  // The worker who let the case go (recalled, cancelled) hears it too, so their phone drops the task at once.
  const caseDelta = { kind: "case" as const, case: summary, ...(released && { formerAssigneeId: released }) };
  await ctx.publisher.publish([caseDelta, ...workers.map((worker) => ({ kind: "worker" as const, worker }))]);
  // Back in the pool, or placed while waiting there: auto-dispatch takes it (if its category lets it).
  if (isAwaitingDispatch(decision.to) && (decision.to !== from || place)) {
    const excludeWorkerIds = released ? [released] : [];
    await ctx.enqueueDispatch({ caseId, caseVersion: summary.version, excludeWorkerIds });
  }
  await notifyReporters(ctx, [
    { changed: summary, entries: [{ at, action: input.action, toStage: decision.to, detail: { reason: input.reason, rating: input.rating } }] },
  ]);
  if (input.action === "sign_for") {
    await startSlaClock(ctx, { caseId, category: summary.category, clock: "arrive", startedAt: at, assigneeId: summary.assigneeId });
  }
  if (decision.to === "reopened") {
    // A reopened case gets a fresh deadline to be resolved again.
    await startSlaClock(ctx, { caseId, category: summary.category, clock: "resolve", startedAt: at, assigneeId: null });
  }
  return { ok: true, case: summary };
}
