import { sendNotifications } from "@/lib/pipeline/send-notification";
import { sendNotificationJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineBatchedJob } from "../job-definition";

export const sendNotificationJob = defineBatchedJob({
  queue: queueNames.notify,
  name: jobNames.sendNotification,
  schema: sendNotificationJobSchema,
  concurrency: 128,
  batch: { maxBatch: 128, maxInFlight: 2 },
  handleBatch: (jobs, app) =>
    sendNotifications(jobs, {
      db: app.database.db,
      notifier: app.notifier,
      trackingSecret: app.trackingSecret,
      publicBaseUrl: app.config.PUBLIC_BASE_URL,
    }),
});
