import type { Redis } from "ioredis";
import { hitRateLimit, type RateLimitOutcome } from "./rate-limit";

const ATTEMPTS_PER_WINDOW = 10;
const WINDOW_SECONDS = 60;

/** At most 10 sign-in attempts a minute for one username from one address, right or wrong. */
export function limitSignIn(redis: Redis, prefix: string, username: string, clientAddress: string): Promise<RateLimitOutcome> {
  const key = `${prefix}:ratelimit:sign-in:${username.toLowerCase()}:${clientAddress.slice(0, 64)}`;
  return hitRateLimit(redis, key, ATTEMPTS_PER_WINDOW, WINDOW_SECONDS);
}
