import { setTimeout as sleep } from "node:timers/promises";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { queueNames } from "@/lib/queue/queue-names";
import { bullPrefix } from "@/lib/queue/queues";
import type { BenchStack } from "./figure";

const PIPELINE_QUEUES = [queueNames.intake, queueNames.dispatch, queueNames.notify];

/** Waits until the stack's workers have nothing waiting or running, so one figure's backlog does not slow the next. */
export async function waitForDrain(stack: BenchStack, timeoutMs = 300_000): Promise<void> {
  const connection = new Redis(stack.redisUrl, { maxRetriesPerRequest: null });
  const queues = PIPELINE_QUEUES.map((name) => new Queue(name, { connection, prefix: bullPrefix(stack.redisPrefix) }));
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const counts = await Promise.all(queues.map((q) => q.getJobCounts("waiting", "active", "prioritized")));
      if (counts.every((c) => (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) === 0)) return;
      await sleep(250);
    }
    throw new Error(`the stack did not drain within ${timeoutMs} ms`);
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}
