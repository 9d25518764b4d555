import { checkSla } from "@/lib/pipeline/check-sla";
import { checkSlaJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const checkSlaJob = defineJob({
  queue: queueNames.sla,
  name: jobNames.checkSla,
  schema: checkSlaJobSchema,
  concurrency: 4,
  handle: (data, app) => checkSla(data, app.pipeline),
});
