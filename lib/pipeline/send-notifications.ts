import { UnrecoverableError } from "bullmq";
import type { Kysely } from "kysely";
import type { ResidentNotification } from "@/lib/contracts/notification";
import { findNotificationTargets, storedTrackingLinks, type NotificationTarget } from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";
import { noticeMessage } from "@/lib/domain/notifications/notice-message";
import { notificationId } from "@/lib/domain/notifications/notification-id";
import { isSignedInReporter } from "@/lib/domain/tracking/reporter-id";
import { hashTrackingToken, trackingToken, trackingUrl } from "@/lib/domain/tracking/tracking-token";
import { PermanentDeliveryError, type Notifier } from "@/lib/notify/notifier";
import type { NotificationRequest } from "@/lib/queue/job-payloads";
import { BatchItemFailure } from "@/lib/queue/batch-runner";
import { requeueFailures } from "./requeue-failures";

export interface NotificationDeps {
  db: Kysely<Database>;
  notifier: Notifier;
  trackingSecret: string;
  publicBaseUrl?: string;
  /** Queues one notification as a job of its own, with its own retries. */
  retryAlone(request: NotificationRequest): Promise<void>;
}

/** The notify queue's job: the notifications asked for together are sent, failures queued as `requeueFailures` says. */
export async function deliverNotifications(requests: readonly NotificationRequest[], deps: NotificationDeps): Promise<number> {
  const outcomes = await sendNotifications(requests, deps);
  const failed = requests.flatMap((item, i) => {
    const outcome = outcomes[i];
    return outcome instanceof BatchItemFailure ? [{ item, error: outcome.error }] : [];
  });
  await requeueFailures(failed, requests.length, deps.retryAlone);
  return requests.length - failed.length;
}

/**
 * Tells reporters about steps of their cases: their cases and tracking links read in two queries,
 * then each notification sent on its own. The tracking link is derived again from the report (it is never stored) and sent only if
 * it really opens the case, e.g. not after the secret changed. A case that is gone gives null.
 */
async function sendNotifications(
  jobs: readonly NotificationRequest[],
  deps: Omit<NotificationDeps, "retryAlone">,
): Promise<(ResidentNotification | null | BatchItemFailure)[]> {
  const targets = new Map((await findNotificationTargets(deps.db, [...new Set(jobs.map((j) => j.caseId))])).map((t) => [t.caseId, t]));
  const tokens = new Map(
    [...targets.values()].flatMap((target) => {
      const token = tokenOf(target, deps.trackingSecret);
      return token ? [[target.caseId, { token, hash: hashTrackingToken(token) }] as const] : [];
    }),
  );
  const links = await storedTrackingLinks(deps.db, [...tokens.values()].map((t) => t.hash));

  return Promise.all(
    jobs.map(async (job) => {
      const target = targets.get(job.caseId);
      if (!target) return null;
      const token = tokens.get(job.caseId);
      const linked = token !== undefined && links.get(token.hash) === job.caseId;
      const notification: ResidentNotification = {
        id: notificationId(job.caseId, job.caseVersion, job.notice.key),
        caseId: job.caseId,
        caseCode: target.code,
        stage: job.notice.stage,
        notice: job.notice.key,
        message: noticeMessage(job.notice),
        at: job.notice.at,
        ...(linked && { trackingUrl: trackingUrl(token.token, deps.publicBaseUrl) }),
      };
      const reporterId = target.reporterId;
      try {
        await deps.notifier.send(notification, { userId: reporterId && isSignedInReporter(reporterId) ? reporterId : null });
        return notification;
      } catch (error) {
        return new BatchItemFailure(error instanceof PermanentDeliveryError ? new UnrecoverableError(error.message) : error);
      }
    }),
  );
}

function tokenOf(target: NotificationTarget, secret: string): string | null {
  return target.reporterId ? trackingToken(secret, target.idempotencyKey, target.reporterId) : null;
}
