import { Queue, type DefaultJobOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { CheckSlaJob, CheckSummonJob, DeadLetterJob, DispatchCaseJob, RecordEventJob, RefreshKpiJob, SendNotificationJob } from "./job-payloads";
import { queueNames } from "./queue-names";

/** Transient failures retry with backoff; after the last attempt the job goes to the dead-letter queue. */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 6,
  backoff: { type: "exponential", delay: 500 },
  removeOnComplete: { age: 3_600, count: 50_000 },
  removeOnFail: { age: 7 * 86_400 },
};

export function bullPrefix(prefix: string): string {
  return `${prefix}:bull`;
}

export interface Queues {
  intake: Queue<RecordEventJob>;
  dispatch: Queue<DispatchCaseJob>;
  kpi: Queue<RefreshKpiJob>;
  sla: Queue<CheckSlaJob>;
  summons: Queue<CheckSummonJob>;
  notify: Queue<SendNotificationJob>;
  deadLetter: Queue<DeadLetterJob>;
}

export function createQueues(connection: Redis, prefix: string): Queues {
  const options = { connection, prefix: bullPrefix(prefix), defaultJobOptions };
  return {
    intake: new Queue<RecordEventJob>(queueNames.intake, options),
    dispatch: new Queue<DispatchCaseJob>(queueNames.dispatch, options),
    sla: new Queue<CheckSlaJob>(queueNames.sla, options),
    summons: new Queue<CheckSummonJob>(queueNames.summons, options),
    notify: new Queue<SendNotificationJob>(queueNames.notify, options),
    kpi: new Queue<RefreshKpiJob>(queueNames.kpi, { ...options, defaultJobOptions: { removeOnComplete: true, removeOnFail: 100 } }),
    deadLetter: new Queue<DeadLetterJob>(queueNames.deadLetter, {
      ...options,
      defaultJobOptions: { removeOnComplete: false, removeOnFail: false },
    }),
  };
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q: Queue) => q.close()));
}
