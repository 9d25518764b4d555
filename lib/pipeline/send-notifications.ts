import { UnrecoverableError } from "bullmq";
import type { Kysely } from "kysely";
import type { ResidentNotification } from "@/lib/contracts/notification";
import {
  findNotificationTargets,
  findRidingTargets,
  storedTrackingLinks,
  type NotificationTarget,
  type RidingTarget,
} from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";
import { noticeMessage } from "@/lib/domain/notifications/notice-message";
import { hasPersonToTell } from "@/lib/domain/notifications/reporter-channels";
import { followedNotificationId, notificationId } from "@/lib/domain/notifications/notification-id";
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
 * Tells reporters about steps of their cases, and the reporters of reports merged into those cases
 * about the steps taken since they joined (not another reporter's rating, as their tracking page
 * shows it). Cases and tracking links are read in two queries (riders in more, only for cases that
 * carry any), then each notification is sent on its own; a job fails when any of its sends does (a
 * retry sends the same ids again). The tracking link is derived again from the report (it is never
 * stored) and sent only if it really opens the case, e.g. not after the secret changed. A case that
 * is gone is nobody's to tell.
 */
async function sendNotifications(
  jobs: readonly NotificationRequest[],
  deps: Omit<NotificationDeps, "retryAlone">,
): Promise<(BatchItemFailure | null)[]> {
  const caseIds = [...new Set(jobs.map((j) => j.caseId))];
  const targets = await findNotificationTargets(deps.db, caseIds);
  const riders = await findRidingTargets(deps.db, targets.filter((t) => t.carriesReports).map((t) => t.caseId));
  const own = new Map(targets.map((t) => [t.caseId, t]));
  const ridersOf = new Map<string, RidingTarget[]>();
  for (const rider of riders) {
    const list = ridersOf.get(rider.carrierId) ?? [];
    list.push(rider);
    ridersOf.set(rider.carrierId, list);
  }
  const links = await trackingLinks([...targets, ...riders], deps);

  return Promise.all(
    jobs.map(async (job) => {
      const target = own.get(job.caseId);
      if (!target) return null;
      const stepAt = Date.parse(job.notice.at);
      const riding = job.notice.key === "rated" ? [] : (ridersOf.get(job.caseId) ?? []).filter((r) => r.joinedAt.getTime() < stepAt);
      const stepId = notificationId(job.caseId, job.caseVersion, job.notice.key);
      const sends = [
        { target, id: stepId },
        ...riding.map((rider) => ({ target: rider, id: followedNotificationId(rider.caseId, stepId) })),
      ].filter((send) => hasPersonToTell(send.target.channel));
      try {
        for (const { target: to, id } of sends) {
          const notification: ResidentNotification = {
            id,
            caseId: to.caseId,
            caseCode: to.code,
            stage: job.notice.stage,
            notice: job.notice.key,
            message: noticeMessage(job.notice),
            at: job.notice.at,
            ...(links.has(to.caseId) && { trackingUrl: links.get(to.caseId) }),
          };
          const reporterId = to.reporterId;
          await deps.notifier.send(notification, { userId: reporterId && isSignedInReporter(reporterId) ? reporterId : null });
        }
        return null;
      } catch (error) {
        return new BatchItemFailure(error instanceof PermanentDeliveryError ? new UnrecoverableError(error.message) : error);
      }
    }),
  );
}

/** Each case's tracking link, where the one derived from its first report is stored as opening it. */
async function trackingLinks(targets: readonly NotificationTarget[], deps: Pick<NotificationDeps, "db" | "trackingSecret" | "publicBaseUrl">) {
  const tokens = targets.flatMap((target) => {
    const token = target.reporterId ? trackingToken(deps.trackingSecret, target.idempotencyKey, target.reporterId) : null;
    return token ? [{ caseId: target.caseId, token, hash: hashTrackingToken(token) }] : [];
  });
  const stored = await storedTrackingLinks(deps.db, tokens.map((t) => t.hash));
  return new Map(tokens.flatMap((t) => (stored.get(t.hash) === t.caseId ? [[t.caseId, trackingUrl(t.token, deps.publicBaseUrl)] as const] : [])));
}
