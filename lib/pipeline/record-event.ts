import { UnrecoverableError } from "bullmq";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { recordEventWithCase } from "@/lib/db/repositories/intake.repository";
import { formatCaseCode } from "@/lib/domain/cases/case-code";
import { openCase } from "@/lib/domain/intake/open-case";
import type { RecordEventJob } from "@/lib/queue/job-payloads";
import { caseIdForEvent } from "@/lib/domain/ids";
import { reporterIdFor } from "@/lib/domain/tracking/reporter-id";
import { notifyReporter } from "./notify-reporter";
import type { PipelineContext } from "./pipeline-context";
import { startSlaClock } from "./start-sla-clock";
import { summonAutomatically } from "./summon-automatically";

export type RecordEventResult = { caseId: string; created: boolean };

/**
 * Intake: store the event and open its case, then hand the case to dispatch. Safe to run again
 * for the same event: the second run finds it stored and only makes sure dispatch was asked.
 */
export async function recordEvent(job: RecordEventJob, ctx: PipelineContext): Promise<RecordEventResult> {
  const { report } = job;
  const category = ctx.reference.category(report.category);
  if (!category) throw new UnrecoverableError(`unknown category ${report.category}`);
  const now = ctx.clock();
  const place = ctx.reference.place(report.location.lat, report.location.lng);
  const caseId = caseIdForEvent(job.eventId);

  // Kept from the transaction that opened the case, to tell its reporter about the first steps.
  let opened: ReturnType<typeof openCase> | undefined;
  const outcome = await recordEventWithCase(
    ctx.db,
    {
      id: job.eventId,
      idempotencyKey: job.idempotencyKey,
      channel: report.channel,
      category: report.category,
      payload: report,
      receivedAt: new Date(job.receivedAt),
    },
    (sequence) =>
      (opened = openCase({
        caseId,
        code: formatCaseCode(now, sequence),
        eventId: job.eventId,
        channel: report.channel,
        description: report.description,
        location: report.location,
        category,
        place,
        now,
      })),
    {
      reporterId: job.reporterId ?? reporterIdFor(null, job.eventId),
      ...(job.trackingTokenHash && { trackingTokenHash: job.trackingTokenHash }),
    },
  );
  if (!outcome.caseId) throw new Error(`event ${job.eventId} is stored without a case`);

  const summary = await findCaseSummary(ctx.db, outcome.caseId);
  if (summary) {
    if (outcome.created) await ctx.publisher.publish([{ kind: "case", case: summary }]);
    if (outcome.created && opened) await notifyReporter(ctx, summary, opened.history);
    // Asked again on a rerun too: the clock's job id keeps it single.
    const startedAt = new Date(summary.createdAt);
    await startSlaClock(ctx, { caseId: summary.id, category: summary.category, clock: "resolve", startedAt, assigneeId: null });
    if (category.summonDepartments.length > 0) await summonAutomatically(ctx, summary.id, category);
  }
  // Version 1 is the case as intake opened it; a rerun asks for the same dispatch, which BullMQ keeps single.
  await ctx.enqueueDispatch({ caseId: outcome.caseId, caseVersion: 1 });
  return { caseId: outcome.caseId, created: outcome.created };
}
