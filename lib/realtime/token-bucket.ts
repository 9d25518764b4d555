export type TokenOutcome = { ok: true } | { ok: false; retryAfterMs: number };

export interface TokenBucket {
  take(now: number): TokenOutcome;
}

/**
 * `capacity` tokens at once, refilled evenly over `refillMs`: bursts up to capacity, and no more
 * than capacity per refillMs over any longer stretch. Pure arithmetic on the caller's clock.
 */
export function createTokenBucket(capacity: number, refillMs: number, startedAt: number): TokenBucket {
  const msPerToken = refillMs / capacity;
  let tokens = capacity;
  let updatedAt = startedAt;
  return {
    take(now) {
      tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) / msPerToken);
      updatedAt = Math.max(updatedAt, now);
      if (tokens >= 1) {
        tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil((1 - tokens) * msPerToken) };
    },
  };
}
