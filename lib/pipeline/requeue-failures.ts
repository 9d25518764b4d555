export interface ItemFailure<T> {
  item: T;
  error: unknown;
}

/**
 * How a job of several items ends when some of them failed. A job of one lets its failure through,
 * for the queue to retry it and, when it will never succeed, to dead-letter it; among several, each
 * failed item is queued again alone with its own retries, so a retry never repeats the ones that
 * went through.
 */
export async function requeueFailures<T>(
  failed: readonly ItemFailure<T>[],
  jobSize: number,
  retryAlone: (item: T) => Promise<void>,
): Promise<void> {
  const [only] = failed;
  if (only && jobSize === 1) throw only.error;
  await Promise.all(failed.map(({ item }) => retryAlone(item)));
}
