/** Exponential pause after the server stops answering, so a restart is not met with a flood. */
export interface Backoff {
  isWaiting(nowMs: number): boolean;
  /** Returns the pause now in force. */
  recordFailure(nowMs: number): number;
  /** Returns whether the server had been down. */
  recordSuccess(): boolean;
}

export function createBackoff(initialMs = 1_000, maxMs = 30_000): Backoff {
  let failures = 0;
  let waitUntil = 0;
  return {
    isWaiting: (nowMs) => nowMs < waitUntil,
    recordFailure(nowMs) {
      const pause = Math.min(maxMs, initialMs * 2 ** failures);
      failures++;
      waitUntil = nowMs + pause;
      return pause;
    },
    recordSuccess() {
      const wasDown = failures > 0;
      failures = 0;
      waitUntil = 0;
      return wasDown;
    },
  };
}
