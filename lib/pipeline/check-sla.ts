import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { countBreaches, recordBreach } from "@/lib/db/repositories/sla.repository";
import { breachResponse, clockSettled, deadlineOf } from "@/lib/domain/sla/sla-clocks";
import type { CheckSlaJob } from "@/lib/queue/job-payloads";
import { applyCaseAction } from "./apply-case-action";
import { requeueFailures } from "./requeue-failures";
import type { PipelineContext } from "./pipeline-context";

export type SlaCheckOutcome = { outcome: "settled" } | { outcome: "breached"; response: "reassign" | "escalate" };

const slaActor = { role: "system", id: "sla" } as const;

/**
 * Runs at a clock's deadline. A step still not taken is a breach: recorded once, the case flagged
 * overdue, and either the task recalled for the next-best worker or the case escalated.
 */
export async function checkSla(job: CheckSlaJob, ctx: PipelineContext): Promise<SlaCheckOutcome> {
  const row = await ctx.db
    .selectFrom("cases")
    .select(["id", "category", "stage", "assignee_id", "signed_for_at", "arrived_at", "resolved_at"])
    .where("id", "=", job.caseId)
    .executeTakeFirst();
  if (!row) return { outcome: "settled" };
  const startedAt = new Date(job.startedAt);
  const facts = {
    stage: row.stage as Parameters<typeof clockSettled>[1]["stage"],
    assigneeId: row.assignee_id,
    signedForAt: row.signed_for_at && new Date(row.signed_for_at),
    arrivedAt: row.arrived_at && new Date(row.arrived_at),
    resolvedAt: row.resolved_at && new Date(row.resolved_at),
  };
  if (clockSettled(job.clock, facts, { assigneeId: job.assigneeId, startedAt })) return { outcome: "settled" };

  const category = ctx.reference.category(row.category);
  if (!category) return { outcome: "settled" };
  const dueAt = deadlineOf(job.clock, category.sla, startedAt, ctx.slaMinuteMs);
  const now = ctx.clock();
  // Breaches of this same clock start do not count: a retried check must decide as the first did.
  const earlier = job.clock === "sign_for" ? await countBreaches(ctx.db, job.caseId, "sign_for", startedAt) : 0;
  const response = breachResponse(job.clock, earlier);
  await recordBreach(ctx.db, {
    caseId: job.caseId,
    clock: job.clock,
    startedAt,
    dueAt,
    detectedAt: now,
    response,
    history: {
      at: now,
      actor: "system:sla",
      action: response === "escalate" ? "escalate" : "sla_breach",
      fromStage: facts.stage,
      toStage: facts.stage,
      detail: { clock: job.clock, dueAt: dueAt.toISOString(), assigneeId: job.assigneeId, response },
    },
  });

  const summary = await findCaseSummary(ctx.db, job.caseId);
  if (!summary) return { outcome: "settled" };
  if (response === "reassign") {
    const recalled = await applyCaseAction(
      ctx,
      job.caseId,
      { action: "recall", reason: "签收超时，系统收回改派 (sign-for deadline missed)", expectedVersion: summary.version },
      slaActor,
    );
    // A conflict means someone acted on the case meanwhile; the check runs again and re-reads it.
    if (!recalled.ok && recalled.status === 409) throw new Error(`case ${job.caseId} changed during the SLA check`);
  } else {
    await ctx.publisher.publish([{ kind: "case", case: summary }]);
  }
  return { outcome: "breached", response };
}

/** The sla queue's job: the clock checks due together, each run on its own, failures queued as `requeueFailures` says. */
export async function checkSlaClocks(
  checks: readonly CheckSlaJob[],
  ctx: PipelineContext,
  retryAlone: (check: CheckSlaJob) => Promise<void>,
): Promise<SlaCheckOutcome[]> {
  const settled = await Promise.allSettled(checks.map((check) => checkSla(check, ctx)));
  const failed = checks.flatMap((item, i) => {
    const outcome = settled[i];
    return outcome?.status === "rejected" ? [{ item, error: outcome.reason as unknown }] : [];
  });
  await requeueFailures(failed, checks.length, retryAlone);
  return settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
}
