import { UnrecoverableError } from "bullmq";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { EventReport } from "@/lib/contracts/event-report";
import { findCaseSummaries } from "@/lib/db/repositories/cases.repository";
import { recordEventsWithCases, type EventToRecord } from "@/lib/db/repositories/intake.repository";
import { formatCaseCode } from "@/lib/domain/cases/case-code";
import { caseIdForEvent } from "@/lib/domain/ids";
import { openCase, type HistoryEntry, type OpenCaseInput } from "@/lib/domain/intake/open-case";
import { reporterIdFor } from "@/lib/domain/tracking/reporter-id";
import type { RecordEventJob } from "@/lib/queue/job-payloads";
import { notifyReportersOfNewCases } from "./notify-reporters";
import type { PipelineContext } from "./pipeline-context";
import { startSlaClock } from "./start-sla-clock";
import { summonAutomatically } from "./summon-automatically";

export interface RecordedEvent {
  caseId: string;
  created: boolean;
  /** The case as intake left it. */
  summary: CaseSummary;
}

type Located = NonNullable<OpenCaseInput["located"]>;

interface JobToRecord extends EventToRecord {
  job: RecordEventJob;
}

/**
 * Intake of a batch: every event stored and its case opened in one transaction, then the screens
 * told in one publish, each reporter told, each resolve clock started and cross-department
 * categories summoned. Safe to run again: an event already stored only has its clock asked for
 * again, which the clock's job id keeps single. Results come back in the order of `jobs`.
 */
export async function recordEvents(jobs: readonly RecordEventJob[], ctx: PipelineContext): Promise<RecordedEvent[]> {
  const now = ctx.clock();
  const histories = new Map<string, HistoryEntry[]>();
  const outcomes = await recordEventsWithCases(ctx.db, jobs.map(toRecord), ({ job }, sequence) => {
    const category = ctx.reference.category(job.report.category)!;
    const opened = openCase({
      caseId: caseIdForEvent(job.eventId),
      code: formatCaseCode(now, sequence),
      eventId: job.eventId,
      channel: job.report.channel,
      description: job.report.description,
      located: locate(job.report),
      category,
      now,
    });
    histories.set(opened.case.id, opened.history);
    return opened;
  });

  const summaries = new Map((await findCaseSummaries(ctx.db, outcomes.flatMap((o) => (o.caseId ? [o.caseId] : [])))).map((s) => [s.id, s]));
  const recorded = outcomes.map((outcome, i): RecordedEvent => {
    const summary = outcome.caseId ? summaries.get(outcome.caseId) : undefined;
    if (!summary) throw new Error(`event ${jobs[i]!.eventId} is stored without a case`);
    return { caseId: summary.id, created: outcome.created, summary };
  });
  const created = recorded.filter((r) => r.created);
  await ctx.publisher.publish(created.map((r) => ({ kind: "case" as const, case: r.summary })));
  await Promise.all([
    notifyReportersOfNewCases(ctx, created.map(({ summary }) => ({ changed: summary, entries: histories.get(summary.id) ?? [] }))),
    ...recorded.map(({ summary }) =>
      startSlaClock(ctx, { caseId: summary.id, category: summary.category, clock: "resolve", startedAt: new Date(summary.createdAt), assigneeId: null }),
    ),
    summonAutomatically(ctx, recorded.map((r) => r.summary)),
  ]);
  return recorded;

  function locate(report: EventReport): Located | null {
    const byAddress = report.location || !report.address ? null : ctx.reference.geocode(report.address);
    const location = report.location ?? byAddress?.location;
    if (!location) return null;
    return { location, place: ctx.reference.place(location.lat, location.lng), by: report.location ? "report" : "address" };
  }

  function toRecord(job: RecordEventJob): JobToRecord {
    if (!ctx.reference.category(job.report.category)) throw new UnrecoverableError(`unknown category ${job.report.category}`);
    return {
      job,
      event: {
        id: job.eventId,
        idempotencyKey: job.idempotencyKey,
        channel: job.report.channel,
        category: job.report.category,
        payload: job.report,
        receivedAt: new Date(job.receivedAt),
      },
      reporting: {
        reporterId: job.reporterId ?? reporterIdFor(null, job.eventId),
        ...(job.trackingTokenHash && { trackingTokenHash: job.trackingTokenHash }),
      },
    };
  }
}
