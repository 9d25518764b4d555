import { randomUUID } from "node:crypto";
import { eventReportSchema, idempotencyKeySchema, type EventAccepted } from "@/lib/contracts/event-report";
import { fieldProblems, httpError, type HttpError } from "@/lib/contracts/http-error";
import { eventIdForKey } from "@/lib/domain/ids";
import { reporterIdFor } from "@/lib/domain/tracking/reporter-id";
import { hashTrackingToken, trackingPath, trackingToken } from "@/lib/domain/tracking/tracking-token";
import { enqueueRecordEvent } from "@/lib/queue/enqueue";
import type { Queues } from "@/lib/queue/queues";
import type { ReferenceData } from "./reference-data";

export interface AcceptEventDeps {
  queues: Queues;
  reference: ReferenceData;
  trackingSecret: string;
}

export interface EventSubmission {
  /** The parsed JSON body. */
  body: unknown;
  /** The Idempotency-Key header, when sent. */
  idempotencyHeader: string | null;
  /** The signed-in reporter, or null for an anonymous report. */
  userId: string | null;
}

export type AcceptOutcome = { status: 202; body: EventAccepted } | { status: 400 | 503; body: HttpError };

/** Intake of one event: validated, durably queued, answered 202 with the reporter's private link. */
export async function acceptEvent(deps: AcceptEventDeps, submission: EventSubmission): Promise<AcceptOutcome> {
  const parsed = eventReportSchema.safeParse(submission.body);
  if (!parsed.success) return { status: 400, body: httpError("invalid_body", "the request has invalid fields", fieldProblems(parsed.error)) };
  const report = parsed.data;
  if (!deps.reference.category(report.category)) {
    return {
      status: 400,
      body: httpError("invalid_body", "the request has invalid fields", [
        { path: "category", message: `unknown category "${report.category}" (see GET /api/catalogue)` },
      ]),
    };
  }
  const header = submission.idempotencyHeader === null ? undefined : idempotencyKeySchema.safeParse(submission.idempotencyHeader);
  if (header && !header.success) {
    return { status: 400, body: httpError("invalid_header", "the Idempotency-Key header is invalid", fieldProblems(header.error, "Idempotency-Key")) };
  }
  const idempotencyKey = header?.data ?? report.id ?? randomUUID();
  const eventId = eventIdForKey(idempotencyKey);
  const token = trackingToken(deps.trackingSecret, idempotencyKey, reporterIdFor(submission.userId, eventId));
  try {
    await enqueueRecordEvent(deps.queues, {
      eventId,
      idempotencyKey,
      receivedAt: new Date().toISOString(),
      report,
      ...(submission.userId && { reporterId: submission.userId }),
      trackingTokenHash: hashTrackingToken(token),
    });
  } catch (error) {
    console.error("[intake] could not queue:", (error as Error).message);
    return { status: 503, body: httpError("queue_unavailable", "the event could not be queued; retry with the same Idempotency-Key") };
  }
  return { status: 202, body: { eventId, idempotencyKey, status: "queued", trackingUrl: trackingPath(token) } };
}
