import { Redis } from "ioredis";
import { testRedisUrl } from "./services";

/** Removes every key a test left under its prefix in the shared Redis. */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
