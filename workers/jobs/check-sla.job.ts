import { checkSlaClocks } from "@/lib/pipeline/check-sla";
import { enqueueSlaCheckAlone } from "@/lib/queue/enqueue";
import { checkSlaJobsSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const checkSlaJob = defineJob({
  queue: queueNames.sla,
  name: jobNames.checkSla,
  schema: checkSlaJobsSchema,
  concurrency: 4,
  handle: (job, app) => checkSlaClocks(job.checks, app.pipeline, (check) => enqueueSlaCheckAlone(app.queues, check)),
});
