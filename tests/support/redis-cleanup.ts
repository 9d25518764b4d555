import { Redis } from "ioredis";
import { testRedisUrl } from "./services";

const BATCH = 1_000;

/** Removes every key a test or benchmark left under its prefix in the shared Redis, however many. */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl);
  try {
    const stream = redis.scanStream({ match: `${prefix}:*`, count: BATCH });
    for await (const keys of stream as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}
