import { z } from "zod";
import { deadLetterSchema } from "@/lib/contracts/dead-letters";
import { eventReportSchema } from "@/lib/contracts/event-report";
import { noticeSchema } from "@/lib/contracts/notification";

export const recordEventJobSchema = z.object({
  eventId: z.uuid(),
  idempotencyKey: z.string().min(1),
  receivedAt: z.iso.datetime(),
  report: eventReportSchema,
  /** The signed-in user who reported; absent for an anonymous report. */
  reporterId: z.string().min(1).max(128).optional(),
  /** SHA-256 of the report's private tracking token; the token itself is never stored. */
  trackingTokenHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type RecordEventJob = z.infer<typeof recordEventJobSchema>;

/** The events accepted together, taken in as one job. */
export const takeInEventsJobSchema = z.object({
  events: z.array(recordEventJobSchema).min(1).max(1_000),
});
export type TakeInEventsJob = z.infer<typeof takeInEventsJobSchema>;

export const dispatchCaseJobSchema = z.object({
  caseId: z.uuid(),
  /** How many times dispatch already found nobody; drives the wait before the next try. */
  round: z.number().int().min(0).default(0),
  /** Workers this dispatch must pass over, e.g. the one who let the sign-for deadline pass. */
  excludeWorkerIds: z.array(z.string()).max(50).default([]),
});
export type DispatchCaseJob = z.infer<typeof dispatchCaseJobSchema>;

export const checkSlaJobSchema = z.object({
  caseId: z.uuid(),
  clock: z.enum(["sign_for", "arrive", "resolve"]),
  startedAt: z.iso.datetime(),
  assigneeId: z.string().nullable(),
});
export type CheckSlaJob = z.infer<typeof checkSlaJobSchema>;

/**
 * The clock checks due at the same moment, run as one delayed job. A lone check in the shape jobs
 * had before checks travelled together is still read, so clocks queued before an upgrade still run.
 */
export const checkSlaJobsSchema = z.union([
  z.object({ checks: z.array(checkSlaJobSchema).min(1).max(1_000) }),
  checkSlaJobSchema.transform((check) => ({ checks: [check] })),
]);
export interface CheckSlaJobs {
  checks: CheckSlaJob[];
}

export const checkSummonJobSchema = z.object({ summonId: z.uuid() });
export type CheckSummonJob = z.infer<typeof checkSummonJobSchema>;

/** Tell a case's reporter about one step: `caseVersion` is the version that step made. */
export const notificationRequestSchema = z.object({
  caseId: z.uuid(),
  caseVersion: z.number().int().positive(),
  notice: noticeSchema,
});
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

/** The notifications asked for in one turn of a process, sent by one job. */
export const sendNotificationsJobSchema = z.object({
  requests: z.array(notificationRequestSchema).min(1).max(1_000),
});
export type SendNotificationsJob = z.infer<typeof sendNotificationsJobSchema>;

export const refreshKpiJobSchema = z.object({});
export type RefreshKpiJob = z.infer<typeof refreshKpiJobSchema>;

export const followWarningsJobSchema = z.object({});
export type FollowWarningsJob = z.infer<typeof followWarningsJobSchema>;

/** Recompute the flood-risk map from everything stored; the job id names the debounce bucket it collapses. */
export const computeRiskJobSchema = z.object({});
export type ComputeRiskJob = z.infer<typeof computeRiskJobSchema>;

/** A dead letter as the worker adds it; the dead-letter queue gives it its own id (`deadLetterSchema`). */
export const deadLetterJobSchema = deadLetterSchema.omit({ id: true });
export type DeadLetterJob = z.infer<typeof deadLetterJobSchema>;

/**
 * The care queue's one job: judge households' complete hours (`watch`), find the households a silent meter left
 * behind and judge them (`sweep`, on a schedule), or climb one step of a care alert's escalation (`escalate`).
 */
export const careJobSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("watch"), householdIds: z.array(z.uuid()).min(1).max(1_000) }),
  z.object({ kind: z.literal("sweep") }),
  z.object({ kind: z.literal("escalate"), alertId: z.uuid(), step: z.number().int().min(1).max(10) }),
]);
export type CareJob = z.infer<typeof careJobSchema>;
