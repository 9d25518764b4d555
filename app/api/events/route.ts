import { randomUUID } from "node:crypto";
import { eventReportSchema, idempotencyKeySchema, type EventAccepted } from "@/lib/contracts/event-report";
import { eventIdForKey } from "@/lib/domain/ids";
import { reporterIdFor } from "@/lib/domain/tracking/reporter-id";
import { hashTrackingToken, trackingPath, trackingToken } from "@/lib/domain/tracking/tracking-token";
import { enqueueRecordEvent } from "@/lib/queue/enqueue";
import { appContext } from "../_http/app-context";
import { errorResponse, fieldProblems, validationError } from "../_http/error-response";
import { optionalSession } from "../_http/optional-session";
import { readJsonBody } from "../_http/read-json-body";

export const dynamic = "force-dynamic";

/** Intake of one event: validated, durably queued, answered 202. Processing happens in the workers. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  const body = await readJsonBody(request, app.config.MAX_EVENT_BYTES);
  if (!body.ok) return body.response;
  const parsed = eventReportSchema.safeParse(body.value);
  if (!parsed.success) return validationError(parsed.error);
  const report = parsed.data;
  if (!app.reference.category(report.category)) {
    return errorResponse(400, "invalid_body", "the request has invalid fields", [
      { path: "category", message: `unknown category "${report.category}" (see GET /api/catalogue)` },
    ]);
  }
  const header = request.headers.get("idempotency-key");
  const headerKey = header === null ? undefined : idempotencyKeySchema.safeParse(header);
  if (headerKey && !headerKey.success) {
    return errorResponse(400, "invalid_header", "the Idempotency-Key header is invalid", fieldProblems(headerKey.error, "Idempotency-Key"));
  }
  const idempotencyKey = headerKey?.data ?? report.id ?? randomUUID();
  const eventId = eventIdForKey(idempotencyKey);
  // Signed in, the reporter is the user; otherwise the report is anonymous. Either way it gets a private link.
  const userId = (await optionalSession(request))?.user.id ?? null;
  const token = trackingToken(app.trackingSecret, idempotencyKey, reporterIdFor(userId, eventId));
  try {
    await enqueueRecordEvent(app.queues, {
      eventId,
      idempotencyKey,
      receivedAt: new Date().toISOString(),
      report,
      ...(userId && { reporterId: userId }),
      trackingTokenHash: hashTrackingToken(token),
    });
  } catch (error) {
    console.error("[api/events] could not queue:", (error as Error).message);
    return errorResponse(503, "queue_unavailable", "the event could not be queued; retry with the same Idempotency-Key");
  }
  const accepted: EventAccepted = { eventId, idempotencyKey, status: "queued", trackingUrl: trackingPath(token) };
  return Response.json(accepted, { status: 202 });
}
