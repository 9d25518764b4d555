import { UnrecoverableError } from "bullmq";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { EventReport } from "@/lib/contracts/event-report";
import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import { findCaseSummaries } from "@/lib/db/repositories/cases.repository";
import { storeIntake, type EventToRecord, type StoredIntake } from "@/lib/db/repositories/intake.repository";
import { toWorkerSummary } from "@/lib/db/repositories/workers.repository";
import { formatCaseCode } from "@/lib/domain/cases/case-code";
import type { WorkerIndex } from "@/lib/domain/dispatch/worker-index";
import { caseIdForEvent } from "@/lib/domain/ids";
import { chooseWorkers, releaseChoices, settleIntakeCase, summaryOfIntakeCase, type DispatchChoice } from "@/lib/domain/intake/decide-intake";
import { openCase, type OpenCaseInput } from "@/lib/domain/intake/open-case";
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

// The best few are kept in the reason stored with an assignment, for the dispatcher to see.
const RANKED_KEPT = 5;

/**
 * Intake of a batch, decided first and written once: each new event's case opened in memory and,
 * where auto-dispatch takes it, given the best eligible worker the worker index knows; then events,
 * cases (already dispatched where a worker's slot was claimed), history, tracking links and
 * assignments stored in one transaction; then the screens told in one publish, each reporter told,
 * the SLA clocks started and cross-department categories summoned. A case that found nobody is left
 * accepted, for the dispatch queue. Safe to run again: an event already stored only has its clocks
 * and summons asked for again, which their job and summons ids keep single. Results come back in
 * the order of `jobs`. With `dispatchNow` false every case is left accepted, for the dispatch queue.
 */
export async function recordEvents(
  jobs: readonly RecordEventJob[],
  ctx: PipelineContext,
  { dispatchNow = true }: { dispatchNow?: boolean } = {},
): Promise<RecordedEvent[]> {
  const now = ctx.clock();
  const records = jobs.map(toRecord);
  const index = dispatchNow ? await ctx.workerIndex.current() : null;
  const reserved: DispatchChoice[] = [];
  const stored = await storeIntake(ctx.db, records, {
    open: (fresh, codes) => fresh.map(({ job }, i) => openCase({
      caseId: caseIdForEvent(job.eventId),
      code: formatCaseCode(now, codes[i]!),
      eventId: job.eventId,
      channel: job.report.channel,
      description: job.report.description,
      located: locate(job.report),
      category: ctx.reference.category(job.report.category)!,
      now,
    })),
    choose: (cases, refused) => {
      if (!index) return new Map();
      const choices = chooseWorkers(cases, index, { categoryOf: (code) => ctx.reference.category(code), nowMs: now.getTime(), keepRanked: RANKED_KEPT }, refused);
      reserved.push(...choices.values());
      return choices;
    },
    settle: settleIntakeCase,
  }).finally(() => index && releaseChoices(index, reserved));

  const workers = workerSummaries(stored, index);
  const opened = stored.opened.map((s) => ({ ...s, summary: summaryOfIntakeCase(s.case, stored.claimed.get(s.case.assigneeId ?? "")?.name ?? null) }));
  const summaries = new Map(opened.map((o) => [o.summary.id, o.summary]));
  const knownIds = stored.outcomes.flatMap((o) => (o.caseId && !summaries.has(o.caseId) ? [o.caseId] : []));
  if (knownIds.length > 0) for (const s of await findCaseSummaries(ctx.db, knownIds)) summaries.set(s.id, s);
  const recorded = stored.outcomes.map((outcome, i): RecordedEvent => {
    const summary = outcome.caseId ? summaries.get(outcome.caseId) : undefined;
    if (!summary) throw new Error(`event ${jobs[i]!.eventId} is stored without a case`);
    return { caseId: summary.id, created: outcome.created, summary };
  });

  await ctx.publisher.publish([
    ...opened.map((o) => ({ kind: "case" as const, case: o.summary })),
    ...workers.map((worker) => ({ kind: "worker" as const, worker })),
  ]);
  await Promise.all([
    notifyReportersOfNewCases(ctx, opened.map((o) => ({ changed: o.summary, entries: o.history }))),
    ...[...summaries.values()].flatMap((summary) => clocksOf(summary).map((start) => startSlaClock(ctx, start))),
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

/** The resolve clock of every case taken in, and the sign-for clock of those dispatched at intake. */
function clocksOf(summary: CaseSummary) {
  const resolve = { caseId: summary.id, category: summary.category, clock: "resolve" as const, startedAt: new Date(summary.createdAt), assigneeId: null };
  // Version 2 is the case as intake left it when it dispatched it: later steps started their own clocks.
  if (summary.stage !== "dispatched" || !summary.dispatchedAt || summary.version !== 2) return [resolve];
  return [resolve, { caseId: summary.id, category: summary.category, clock: "sign_for" as const, startedAt: new Date(summary.dispatchedAt), assigneeId: summary.assigneeId }];
}

/** The workers whose slots the batch claimed, as the claim left them, where the worker index places them. */
function workerSummaries(stored: StoredIntake<JobToRecord>, index: WorkerIndex | null): WorkerSummary[] {
  return [...stored.claimed.values()].map((row) => ({ ...toWorkerSummary(row), ...index?.positionOf(row.id) }));
}
