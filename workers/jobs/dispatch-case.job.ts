import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { dispatchCaseJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const dispatchCaseJob = defineJob({
  queue: queueNames.dispatch,
  name: jobNames.dispatchCase,
  schema: dispatchCaseJobSchema,
  concurrency: 32,
  handle: (data, app) => dispatchCase(data, app.pipeline),
});
