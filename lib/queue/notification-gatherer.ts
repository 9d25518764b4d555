import type { Queue } from "bullmq";
import { notificationsJobId } from "@/lib/domain/notifications/notification-id";
import { createBatchRunner } from "./batch-runner";
import type { NotificationRequest, SendNotificationsJob } from "./job-payloads";
import { jobNames } from "./queue-names";

export interface NotificationGatherer {
  /** Resolves once the notification is queued, in one job with the others asked for meanwhile. */
  add(request: NotificationRequest): Promise<void>;
}

/**
 * Notifications asked for together (a batch of cases taken in or dispatched asks for several per
 * case) go to the notify queue as one job: one job's Redis work instead of one per notification.
 */
export function createNotificationGatherer(queue: Pick<Queue<SendNotificationsJob>, "add">): NotificationGatherer {
  const runner = createBatchRunner(
    async (requests: readonly NotificationRequest[]) => {
      await queue.add(jobNames.sendNotifications, { requests: [...requests] }, { jobId: notificationsJobId(requests) });
      return requests.map(() => undefined);
    },
    { maxBatch: 1_000, maxInFlight: 4 },
  );
  return { add: (request) => runner.submit(request) };
}
