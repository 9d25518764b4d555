export interface BatchRunner<T, R> {
  /** Resolves with this item's result once the batch it joined has run. */
  submit(item: T): Promise<R>;
}

export interface BatchRunnerOptions<T = unknown> {
  /** The most a batch holds, counted in items or, with `sizeOf`, in what the items hold. */
  maxBatch: number;
  sizeOf?(item: T): number;
  /** Batches running at once; items that arrive meanwhile wait and leave together in the next one. */
  maxInFlight: number;
}

/** A result standing for one item's failure, so the rest of its batch can still succeed. */
export class BatchItemFailure {
  constructor(readonly error: unknown) {}
}

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit for pipeline steps: items submitted while earlier batches are still running are
 * gathered and handed to `run` together, so a burst pays one database transaction per batch rather
 * than per item, and a quiet system pays no wait (a lone item leaves at the next `setImmediate`).
 * `run` returns one result per item, in order; a `BatchItemFailure` fails that item alone. When a
 * whole batch of several fails, each item is run again on its own, so one poisoned item fails
 * alone and its batch-mates go through.
 */
export function createBatchRunner<T, R>(
  run: (items: readonly T[]) => Promise<readonly (R | BatchItemFailure)[]>,
  options: BatchRunnerOptions<T>,
): BatchRunner<T, R> {
  let waiting: Waiting<T, R>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const settle = async (batch: readonly Waiting<T, R>[]) => {
    try {
      const results = await run(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const result = results[i];
        if (result instanceof BatchItemFailure) w.reject(result.error);
        else w.resolve(result as R);
      });
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((w) => settle([w])));
    }
  };

  /** How many waiting items the next batch takes: at least one, however big. */
  const batchLength = () => {
    const sizeOf = options.sizeOf;
    if (!sizeOf) return options.maxBatch;
    let size = 0;
    let length = 0;
    for (const { item } of waiting) {
      size += sizeOf(item);
      if (length > 0 && size > options.maxBatch) break;
      length += 1;
    }
    return length;
  };

  const flush = () => {
    scheduled = false;
    while (waiting.length > 0 && inFlight < options.maxInFlight) {
      const batch = waiting.slice(0, batchLength());
      waiting = waiting.slice(batch.length);
      inFlight += 1;
      void settle(batch).finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  };

  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}
