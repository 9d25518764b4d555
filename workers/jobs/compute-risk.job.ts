import { computeRisk } from "@/lib/pipeline/compute-risk";
import { computeRiskJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const computeRiskJob = defineJob({
  queue: queueNames.risk,
  name: jobNames.computeRisk,
  schema: computeRiskJobSchema,
  concurrency: 1,
  async handle(_data, app) {
    await computeRisk({ db: app.database.db, publisher: app.publisher, clock: () => new Date(), slaMinuteMs: app.config.SLA_MINUTE_MS });
  },
});
