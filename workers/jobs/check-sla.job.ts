import { checkSlaClockSets } from "@/lib/pipeline/check-sla";
import { enqueueSlaCheckAlone } from "@/lib/queue/enqueue";
import { checkSlaJobsSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineBatchedJob } from "../job-definition";

// Jobs active at once are checked as one batch: a storm's thousands of clocks due in the same
// moment cost a few queries and publishes, not a few per clock.
export const checkSlaJob = defineBatchedJob({
  queue: queueNames.sla,
  name: jobNames.checkSla,
  schema: checkSlaJobsSchema,
  concurrency: 16,
  batch: { maxBatch: 2_000, sizeOf: (job) => job.checks.length, maxInFlight: 1 },
  handleBatch: (jobs, app) =>
    checkSlaClockSets(
      jobs.map((job) => job.checks),
      app.pipeline,
      (check) => enqueueSlaCheckAlone(app.queues, check),
    ),
});
