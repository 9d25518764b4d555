import { checkSummon } from "@/lib/pipeline/check-summon";
import { checkSummonJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const checkSummonJob = defineJob({
  queue: queueNames.summons,
  name: jobNames.checkSummon,
  schema: checkSummonJobSchema,
  concurrency: 4,
  handle: (data, app) => checkSummon(data, app.pipeline),
});
