import { takeInEvents } from "@/lib/pipeline/take-in-events";
import { recordEventJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineBatchedJob } from "../job-definition";

export const recordEventJob = defineBatchedJob({
  queue: queueNames.intake,
  name: jobNames.recordEvent,
  schema: recordEventJobSchema,
  concurrency: 256,
  batch: { maxBatch: 256, maxInFlight: 2 },
  handleBatch: (events, app) => takeInEvents(events, app.pipeline),
});
