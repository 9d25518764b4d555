import { UnrecoverableError } from "bullmq";
import type { Kysely } from "kysely";
import type { ResidentNotification } from "@/lib/contracts/notification";
import { findNotificationTarget, hasTrackingLink } from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";
import { noticeMessage } from "@/lib/domain/notifications/notice-message";
import { notificationId } from "@/lib/domain/notifications/notification-id";
import { isSignedInReporter } from "@/lib/domain/tracking/reporter-id";
import { hashTrackingToken, trackingToken, trackingUrl } from "@/lib/domain/tracking/tracking-token";
import { PermanentDeliveryError, type Notifier } from "@/lib/notify/notifier";
import type { SendNotificationJob } from "@/lib/queue/job-payloads";

export interface NotificationDeps {
  db: Kysely<Database>;
  notifier: Notifier;
  trackingSecret: string;
  publicBaseUrl?: string;
}

/**
 * Tells a case's reporter about one step. The tracking link is derived again from the report (it
 * is never stored) and sent only if it really opens this case, e.g. not after the secret changed.
 */
export async function sendNotification(job: SendNotificationJob, deps: NotificationDeps): Promise<ResidentNotification | null> {
  const target = await findNotificationTarget(deps.db, job.caseId);
  if (!target) return null;
  const reporterId = target.reporter_id;
  const token = reporterId ? trackingToken(deps.trackingSecret, target.idempotency_key, reporterId) : null;
  const linked = token !== null && (await hasTrackingLink(deps.db, job.caseId, hashTrackingToken(token)));
  const notification: ResidentNotification = {
    id: notificationId(job.caseId, job.caseVersion, job.notice.key),
    caseId: job.caseId,
    caseCode: target.code,
    stage: job.notice.stage,
    notice: job.notice.key,
    message: noticeMessage(job.notice),
    at: job.notice.at,
    ...(linked && token && { trackingUrl: trackingUrl(token, deps.publicBaseUrl) }),
  };
  try {
    await deps.notifier.send(notification, { userId: reporterId && isSignedInReporter(reporterId) ? reporterId : null });
  } catch (error) {
    if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
    throw error;
  }
  return notification;
}
