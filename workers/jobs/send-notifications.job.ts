import { deliverNotifications } from "@/lib/pipeline/send-notifications";
import { enqueueNotificationAlone } from "@/lib/queue/enqueue";
import { sendNotificationsJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const sendNotificationsJob = defineJob({
  queue: queueNames.notify,
  name: jobNames.sendNotifications,
  schema: sendNotificationsJobSchema,
  concurrency: 16,
  handle: (job, app) =>
    deliverNotifications(job.requests, {
      db: app.database.db,
      notifier: app.notifier,
      trackingSecret: app.trackingSecret,
      publicBaseUrl: app.config.PUBLIC_BASE_URL,
      retryAlone: (request) => enqueueNotificationAlone(app.queues, request),
    }),
});
