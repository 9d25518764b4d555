import { Queue, type DefaultJobOptions } from "bullmq";
import type { Redis } from "ioredis";
import { intakeJobId } from "@/lib/domain/intake/intake-job-id";
import { notificationsJobId } from "@/lib/domain/notifications/notification-id";
import { slaJobId } from "@/lib/domain/sla/sla-job-id";
import type {
  CareJob,
  CheckSlaJob,
  CheckSlaJobs,
  CheckSummonJob,
  ComputeRiskJob,
  DeadLetterJob,
  DispatchCaseJob,
  NotificationRequest,
  RecordEventJob,
  FollowWarningsJob,
  RefreshKpiJob,
  SendNotificationsJob,
  TakeInEventsJob,
} from "./job-payloads";
import { createBulkAdder, type BulkAdder } from "./bulk-adder";
import { createJobGatherer, type JobGatherer } from "./job-gatherer";
import { jobNames, queueNames } from "./queue-names";

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

/** A clock check and the deadline it runs at. */
export interface SlaCheckAt {
  check: CheckSlaJob;
  dueAt: Date;
}

export interface Queues {
  intake: Queue<TakeInEventsJob>;
  dispatch: Queue<DispatchCaseJob>;
  kpi: Queue<RefreshKpiJob>;
  sla: Queue<CheckSlaJobs>;
  summons: Queue<CheckSummonJob>;
  notify: Queue<SendNotificationsJob>;
  care: Queue<CareJob>;
  screenMode: Queue<FollowWarningsJob>;
  risk: Queue<ComputeRiskJob>;
  deadLetter: Queue<DeadLetterJob>;
  /** The busy queues' adds, gathered per event-loop turn into one round trip. */
  bulk: {
    dispatch: BulkAdder<DispatchCaseJob>;
  };
  /** Clock checks asked for together, one delayed job per deadline. */
  slaChecks: JobGatherer<SlaCheckAt>;
  /** Events accepted together, taken in as one job. */
  events: JobGatherer<RecordEventJob>;
  /** Notifications asked for together, sent as one job. */
  notifications: JobGatherer<NotificationRequest>;
}

export function createQueues(connection: Redis, prefix: string): Queues {
  const options = { connection, prefix: bullPrefix(prefix), defaultJobOptions };
  const intake = new Queue<TakeInEventsJob>(queueNames.intake, options);
  const dispatch = new Queue<DispatchCaseJob>(queueNames.dispatch, options);
  const sla = new Queue<CheckSlaJobs>(queueNames.sla, options);
  const notify = new Queue<SendNotificationsJob>(queueNames.notify, options);
  return {
    intake,
    dispatch,
    sla,
    summons: new Queue<CheckSummonJob>(queueNames.summons, options),
    notify,
    care: new Queue<CareJob>(queueNames.care, options),
    screenMode: new Queue<FollowWarningsJob>(queueNames.screenMode, { ...options, defaultJobOptions: { removeOnComplete: true, removeOnFail: 100 } }),
    risk: new Queue<ComputeRiskJob>(queueNames.risk, { ...options, defaultJobOptions: { attempts: 3, backoff: { type: "exponential", delay: 1_000 }, removeOnComplete: true, removeOnFail: 100 } }),
    kpi: new Queue<RefreshKpiJob>(queueNames.kpi, { ...options, defaultJobOptions: { removeOnComplete: true, removeOnFail: 100 } }),
    deadLetter: new Queue<DeadLetterJob>(queueNames.deadLetter, {
      ...options,
      defaultJobOptions: { removeOnComplete: false, removeOnFail: false },
    }),
    bulk: {
      dispatch: createBulkAdder(dispatch),
    },
    slaChecks: createJobGatherer<SlaCheckAt, CheckSlaJobs>(sla, {
      name: jobNames.checkSla,
      data: (items) => ({ checks: items.map((i) => i.check) }),
      jobId: (items) => slaJobId(items.map((i) => i.check)),
      groupOf: (item) => String(item.dueAt.getTime()),
      delayOf: ([first]) => Math.max(0, (first?.dueAt.getTime() ?? 0) - Date.now()),
      maxBatch: 1_000,
    }),
    events: createJobGatherer<RecordEventJob, TakeInEventsJob>(intake, {
      name: jobNames.takeInEvents,
      data: (events) => ({ events: [...events] }),
      jobId: intakeJobId,
      maxBatch: 500,
    }),
    notifications: createJobGatherer<NotificationRequest, SendNotificationsJob>(notify, {
      name: jobNames.sendNotifications,
      data: (requests) => ({ requests: [...requests] }),
      jobId: notificationsJobId,
      maxBatch: 1_000,
    }),
  };
}

/** Every queue, without the adders that feed some of them. */
export function allQueues(queues: Queues): Queue[] {
  const { bulk: _adders, slaChecks: _slaChecks, events: _events, notifications: _notifications, ...byName } = queues;
  return Object.values(byName);
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(allQueues(queues).map((q) => q.close()));
}
