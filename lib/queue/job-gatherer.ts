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
  maxBatch: number;
}

/**
 * Items asked for while earlier jobs are still being added travel together as one job: one job's
 * Redis work (add, fetch, finish) instead of one per item, which is most of what a busy queue
 * costs. A quiet system pays no wait: a lone item leaves at the next `setImmediate` as a job of one.
 */
/** The part of a BullMQ queue a gatherer uses. */
interface AddsJobs<Data> {
  add(name: string, data: Data, opts: JobsOptions): Promise<unknown>;
}

export function createJobGatherer<T, Data>(queue: AddsJobs<Data>, job: GatheredJob<T, Data>): JobGatherer<T> {
  const runner = createBatchRunner(
    async (items: readonly T[]) => {
      await queue.add(job.name, job.data(items), { jobId: job.jobId(items) });
      return items.map(() => undefined);
    },
    { maxBatch: job.maxBatch, maxInFlight: 1 },
  );
  return { add: (item) => runner.submit(item) };
}
