import { Redis } from "ioredis";

export type RedisRole = "commands" | "worker" | "subscriber";

/**
 * Producers fail fast so an HTTP request answers 503 instead of hanging while Redis is away;
 * BullMQ workers and subscribers wait and reconnect forever.
 */
export async function connectRedis(url: string, role: RedisRole): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: role === "commands" ? 2 : null,
    enableOfflineQueue: role !== "commands",
    connectionName: `tonglan-${role}`,
  });
  redis.on("error", (error: Error) => {
    if (!/ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(error.message)) console.error(`[redis:${role}]`, error.message);
  });
  await redis.connect();
  return redis;
}
