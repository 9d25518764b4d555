import type { Redis } from "ioredis";

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed window counted in Redis, shared by every web process. The window is set and counted in
 * one MULTI, so a crash in between cannot leave a counter that never expires.
 */
export async function hitRateLimit(redis: Redis, key: string, limit: number, windowSeconds: number): Promise<RateLimitOutcome> {
  const replies = await redis.multi().set(key, 0, "EX", windowSeconds, "NX").incr(key).pttl(key).exec();
  if (!replies) throw new Error("rate limit transaction aborted");
  const [, [incrError, count], [, ttlMs]] = replies as [unknown, [Error | null, number], [Error | null, number]];
  if (incrError) throw incrError;
  if (count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}
