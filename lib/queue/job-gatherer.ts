import type { JobsOptions } from "bullmq";
import { createBatchRunner } from "./batch-runner";

export interface JobGatherer<T> {
  /** Resolves once the item is in Redis, in one job with the other items asked for meanwhile. */
  add(item: T): Promise<void>;
}

export interface GatheredJob<T, Data> {
  name: string;
  data(items: readonly T[]): Data;
  /** The same items always give the same id, so a set asked for twice is one job. */
  jobId(items: readonly T[]): string;
  /** Items of different groups never share a job (e.g. checks due at different times). */
  groupOf?(item: T): string;
  /** How long a job waits before it may run. */
  delayOf?(items: readonly T[]): number;
  maxBatch: number;
}

/** The part of a BullMQ queue a gatherer uses. */
interface AddsJobs<Data> {
  addBulk(jobs: { name: string; data: Data; opts: JobsOptions }[]): Promise<unknown>;
}

/**
 * Items asked for while earlier jobs are still being added travel together, one job per group, all
 * added in one round trip: one job's Redis work (add, fetch, finish) instead of one per item, which
 * is most of what a busy queue costs. A quiet system pays no wait: a lone item leaves at the next
 * `setImmediate` as a job of one.
 */
export function createJobGatherer<T, Data>(queue: AddsJobs<Data>, job: GatheredJob<T, Data>): JobGatherer<T> {
  const runner = createBatchRunner(
    async (items: readonly T[]) => {
      await queue.addBulk(
        groupsOf(items, job.groupOf).map((group) => ({
          name: job.name,
          data: job.data(group),
          opts: { jobId: job.jobId(group), ...(job.delayOf && { delay: job.delayOf(group) }) },
        })),
      );
      return items.map(() => undefined);
    },
    { maxBatch: job.maxBatch, maxInFlight: 1 },
  );
  return { add: (item) => runner.submit(item) };
}

function groupsOf<T>(items: readonly T[], groupOf: ((item: T) => string) | undefined): T[][] {
  if (!groupOf) return [[...items]];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
