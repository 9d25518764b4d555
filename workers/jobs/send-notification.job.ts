import { sendNotification } from "@/lib/pipeline/send-notification";
import { sendNotificationJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const sendNotificationJob = defineJob({
  queue: queueNames.notify,
  name: jobNames.sendNotification,
  schema: sendNotificationJobSchema,
  concurrency: 32,
  handle: (data, app) =>
    sendNotification(data, {
      db: app.database.db,
      notifier: app.notifier,
      trackingSecret: app.trackingSecret,
      publicBaseUrl: app.config.PUBLIC_BASE_URL,
    }),
});
