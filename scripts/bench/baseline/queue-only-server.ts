/**
 * The limit of accepting on this machine: a bare Node HTTP handler that only parses each report's
 * JSON and adds it to a BullMQ queue on the same Redis, then answers 202. No validation, no
 * batching, no tracking link, no Next.js: the least a durable accept can do. Nothing takes the jobs;
 * the benchmark's Redis prefix, deleted after the run, holds them.
 *
 *   REDIS_URL=… REDIS_PREFIX=… PORT=0 tsx scripts/bench/baseline/queue-only-server.ts
 */
import { createServer } from "node:http";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { bullPrefix } from "@/lib/queue/queues";

const env = process.env;
const connection = new Redis(env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: null });
const queue = new Queue("bench-limit", { connection, prefix: bullPrefix(env.REDIS_PREFIX ?? "bench-limit") });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    let report: unknown;
    try {
      report = JSON.parse(Buffer.concat(chunks).toString());
    } catch {
      res.writeHead(400).end();
      return;
    }
    queue.add("event", report).then(
      () => res.writeHead(202).end(),
      (error: Error) => res.writeHead(500).end(error.message),
    );
  });
});

server.listen(Number(env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`[limit] listening on http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void queue.close().finally(() => process.exit(0));
});
