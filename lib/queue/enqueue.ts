import { jobIdFor } from "@/lib/domain/ids";
import { riskRecomputeBucket } from "@/lib/domain/risk/recompute-bucket";
import { intakeJobId } from "@/lib/domain/intake/intake-job-id";
import { slaJobId } from "@/lib/domain/sla/sla-job-id";
import { notificationsJobId } from "@/lib/domain/notifications/notification-id";
import type { CheckSlaJob, CheckSummonJob, NotificationRequest, RecordEventJob } from "./job-payloads";
import { jobNames } from "./queue-names";
import type { Queues } from "./queues";

/** An accepted event, queued in one intake job with the others accepted meanwhile. */
export async function enqueueRecordEvent(queues: Queues, job: RecordEventJob): Promise<void> {
  await queues.events.add(job);
}

/** One event in an intake job of its own: how one that failed among others is retried. */
export async function enqueueEventAlone(queues: Queues, job: RecordEventJob): Promise<void> {
  await queues.intake.add(jobNames.takeInEvents, { events: [job] }, { jobId: intakeJobId([job]) });
}

export interface DispatchRequest {
  caseId: string;
  /** The case version that asked for dispatch: a reopened case is dispatched again, a repeated ask is not. */
  caseVersion: number;
  round?: number;
  delayMs?: number;
  excludeWorkerIds?: string[];
}

export async function enqueueDispatchCase(queues: Queues, request: DispatchRequest): Promise<void> {
  const round = request.round ?? 0;
  await queues.bulk.dispatch.add(
    jobNames.dispatchCase,
    { caseId: request.caseId, round, excludeWorkerIds: request.excludeWorkerIds ?? [] },
    { jobId: jobIdFor("dispatch", `${request.caseId}#${request.caseVersion}#${round}`), delay: request.delayMs ?? 0 },
  );
}

/** A delayed check at the deadline, in one job with the others asked for meanwhile that fall due then. */
export async function enqueueSlaCheck(queues: Queues, check: CheckSlaJob, dueAt: Date): Promise<void> {
  await queues.slaChecks.add({ check, dueAt });
}

/** One clock check in a job of its own, due now: how one that failed among others is retried. */
export async function enqueueSlaCheckAlone(queues: Queues, check: CheckSlaJob): Promise<void> {
  await queues.sla.add(jobNames.checkSla, { checks: [check] }, { jobId: slaJobId([check]) });
}

/** The check at a summons' report-in deadline, once per summons. */
export async function enqueueSummonCheck(queues: Queues, job: CheckSummonJob, dueAt: Date, now: Date): Promise<void> {
  await queues.summons.add(jobNames.checkSummon, job, {
    jobId: jobIdFor("summon", job.summonId),
    delay: Math.max(0, dueAt.getTime() - now.getTime()),
  });
}

/** A notification to a reporter, sent together with the others asked for meanwhile. */
export async function enqueueNotification(queues: Queues, request: NotificationRequest): Promise<void> {
  await queues.notifications.add(request);
}

/** One notification in a job of its own: how one that failed among others is retried. */
export async function enqueueNotificationAlone(queues: Queues, request: NotificationRequest): Promise<void> {
  await queues.notify.add(jobNames.sendNotifications, { requests: [request] }, { jobId: notificationsJobId([request]) });
}

const HOUR_MS = 3_600_000;

/**
 * Judges each household's complete hours: one job per household and clock hour, so the many readings of an hour
 * ask for one run, and the first reading of the next hour for the next.
 */
export async function enqueueCareWatch(queues: Queues, householdIds: readonly string[], now: Date): Promise<void> {
  if (householdIds.length === 0) return;
  const hour = Math.floor(now.getTime() / HOUR_MS);
  await queues.care.addBulk(
    [...new Set(householdIds)].map((id) => ({
      name: jobNames.careWatch,
      data: { kind: "watch" as const, householdIds: [id] },
      opts: { jobId: jobIdFor("care-watch", `${id}#${hour}`) },
    })),
  );
}

/** One step of a care alert's escalation, at its deadline, once. */
export async function enqueueCareEscalation(queues: Queues, alertId: string, step: number, dueAt: Date, now: Date): Promise<void> {
  await queues.care.add(
    jobNames.careWatch,
    { kind: "escalate", alertId, step },
    { jobId: jobIdFor("care-escalate", `${alertId}#${step}`), delay: Math.max(0, dueAt.getTime() - now.getTime()) },
  );
}

/**
 * Asks for the risk map to be recomputed once new readings or a forecast are stored: one delayed job per time
 * bucket (riskRecomputeBucket), so a burst of batches collapses into one recomputation at the bucket's end.
 */
export async function enqueueRiskRecompute(queues: Queues, now: Date, slaMinuteMs: number): Promise<void> {
  const { bucket, delayMs } = riskRecomputeBucket(now.getTime(), slaMinuteMs);
  await queues.risk.add(jobNames.computeRisk, {}, { jobId: jobIdFor("risk", String(bucket)), delay: delayMs });
}
