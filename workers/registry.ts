import { queueNames, type QueueName } from "@/lib/queue/queue-names";
import type { JobDefinition } from "./job-definition";
import { careJob } from "./jobs/care.job";
import { checkSlaJob } from "./jobs/check-sla.job";
import { checkSummonJob } from "./jobs/check-summon.job";
import { dispatchCaseJob } from "./jobs/dispatch-case.job";
import { computeRiskJob } from "./jobs/compute-risk.job";
import { followWarningsJob } from "./jobs/follow-warnings.job";
import { refreshKpiJob } from "./jobs/refresh-kpi.job";
import { sendNotificationsJob } from "./jobs/send-notifications.job";
import { takeInEventsJob } from "./jobs/take-in-events.job";

export const jobDefinitions: readonly JobDefinition[] = [takeInEventsJob, dispatchCaseJob, checkSlaJob, checkSummonJob, refreshKpiJob, sendNotificationsJob, careJob, followWarningsJob, computeRiskJob];

// The dead-letter queue is read by operators, never processed.
const unprocessedQueues: readonly QueueName[] = [queueNames.deadLetter];

/** Boot check: every processed queue has exactly one job, so no job is silently left unhandled. */
export function definitionsByQueue(definitions: readonly JobDefinition[] = jobDefinitions): Map<QueueName, JobDefinition> {
  const byQueue = new Map<QueueName, JobDefinition>();
  for (const definition of definitions) {
    if (byQueue.has(definition.queue)) throw new Error(`queue ${definition.queue} has more than one job definition`);
    byQueue.set(definition.queue, definition);
  }
  for (const queue of Object.values(queueNames)) {
    if (!unprocessedQueues.includes(queue) && !byQueue.has(queue)) throw new Error(`queue ${queue} has no job definition`);
  }
  return byQueue;
}
