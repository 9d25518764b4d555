import { takeInEventSets } from "@/lib/pipeline/take-in-events";
import { enqueueEventAlone } from "@/lib/queue/enqueue";
import { takeInEventsJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineBatchedJob } from "../job-definition";

export const takeInEventsJob = defineBatchedJob({
  queue: queueNames.intake,
  name: jobNames.takeInEvents,
  schema: takeInEventsJobSchema,
  concurrency: 64,
  batch: { maxBatch: 500, sizeOf: (job) => job.events.length, maxInFlight: 2 },
  handleBatch: (jobs, app) =>
    takeInEventSets(
      jobs.map((job) => job.events),
      app.pipeline,
      (event) => enqueueEventAlone(app.queues, event),
    ),
});
