import { recordEvent } from "@/lib/pipeline/record-event";
import { recordEventJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const recordEventJob = defineJob({
  queue: queueNames.intake,
  name: jobNames.recordEvent,
  schema: recordEventJobSchema,
  concurrency: 64,
  handle: (data, app) => recordEvent(data, app.pipeline),
});
