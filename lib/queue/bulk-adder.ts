import type { JobsOptions, Queue } from "bullmq";

export interface BulkAdder<T> {
  /** Resolves once the job is in Redis, added together with every other job asked for in the same turn. */
  add(name: string, data: T, opts: JobsOptions): Promise<void>;
}

interface Pending<T> {
  job: { name: string; data: T; opts: JobsOptions };
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Collects the adds made during one turn of the event loop (up to `maxBatch`) and sends them as one
 * `addBulk`: one round trip instead of one per job, which is what lets intake keep up with a burst.
 * A quiet server pays no wait: the batch leaves at the next `setImmediate`.
 */
export function createBulkAdder<T>(queue: Pick<Queue, "addBulk">, maxBatch = 500): BulkAdder<T> {
  let pending: Pending<T>[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    queue.addBulk(batch.map((p) => p.job) as Parameters<Queue["addBulk"]>[0]).then(
      () => batch.forEach((p) => p.resolve()),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
  };

  return {
    add(name, data, opts) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ job: { name, data, opts }, resolve, reject });
        if (pending.length >= maxBatch) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            if (pending.length > 0) flush();
            else scheduled = false;
          });
        }
      });
    },
  };
}
