import { Redis } from "ioredis";

export type RedisRole = "commands" | "publisher" | "worker" | "subscriber";

/**
 * Producers fail fast so an HTTP request answers 503 instead of hanging while Redis is away;
 * BullMQ workers and subscribers wait and reconnect forever. The publisher (socket.io's emitters,
 * nothing else) sends the commands of one event-loop turn in one write: a batch's publishes
 * to its rooms were a write each. BullMQ's connections are never pipelined so.
 */
export async function connectRedis(url: string, role: RedisRole): Promise<Redis> {
  const failsFast = role === "commands" || role === "publisher";
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: failsFast ? 2 : null,
    enableOfflineQueue: !failsFast,
    enableAutoPipelining: role === "publisher",
    connectionName: `tonglan-${role}`,
  });
  redis.on("error", (error: Error) => {
    if (!/ECONNREFUSED|ECONNRESET|ETIMEDOUT/.test(error.message)) console.error(`[redis:${role}]`, error.message);
  });
  await redis.connect();
  return redis;
}
