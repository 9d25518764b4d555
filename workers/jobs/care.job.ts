import { householdIdsBehind } from "@/lib/db/repositories/care.repository";
import { careAlertDeps } from "@/lib/pipeline/care/care-alert-deps";
import { escalateCareAlert } from "@/lib/pipeline/care/escalate-care-alert";
import { watchHouseholds } from "@/lib/pipeline/care/watch-households";
import { enqueueCareEscalation } from "@/lib/queue/enqueue";
import { careJobSchema } from "@/lib/queue/job-payloads";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import type { AppContext } from "@/lib/runtime/app-context";
import { defineJob } from "../job-definition";

function depsOf(app: AppContext) {
  const scheduleEscalation = (alertId: string, step: number, dueAt: Date) => enqueueCareEscalation(app.queues, alertId, step, dueAt, new Date());
  return { deps: careAlertDeps({ notifier: app.notifier, webhookTimeoutMs: app.config.NOTIFY_WEBHOOK_TIMEOUT_MS, scheduleEscalation }), scheduleEscalation };
}

// One at a time: a household's model state is read, advanced and written back by one run at once.
export const careJob = defineJob({
  queue: queueNames.care,
  name: jobNames.careWatch,
  schema: careJobSchema,
  concurrency: 1,
  async handle(job, app) {
    const { deps, scheduleEscalation } = depsOf(app);
    switch (job.kind) {
      case "watch":
        return watchHouseholds(app.pipeline, deps, job.householdIds);
      case "sweep": {
        const hour = Math.floor(app.pipeline.clock().getTime() / 3_600_000);
        return watchHouseholds(app.pipeline, deps, await householdIdsBehind(app.database.db, hour));
      }
      case "escalate":
        return escalateCareAlert(app.pipeline, job.alertId, job.step, scheduleEscalation);
    }
  },
});
