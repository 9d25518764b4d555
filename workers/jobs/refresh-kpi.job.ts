import { computeKpi } from "@/lib/db/repositories/kpi.repository";
import { refreshKpiJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { defineJob } from "../job-definition";

export const refreshKpiJob = defineJob({
  queue: queueNames.kpi,
  name: jobNames.refreshKpi,
  schema: refreshKpiJobSchema,
  concurrency: 1,
  async handle(_data, app) {
    const kpi = await computeKpi(app.database.db, new Date());
    app.publisher.publishKpi(kpi);
    return kpi;
  },
});
