/**
 * Calls made while an earlier one is still running share its answer instead of starting their own;
 * once it settles (answer or error), the next call starts afresh.
 */
export function shareInFlight<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= load().finally(() => {
      running = null;
    });
    return running;
  };
}
