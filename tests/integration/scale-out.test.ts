import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueNames } from "@/lib/queue/queue-names";
import { bullPrefix } from "@/lib/queue/queues";
import type { Delta } from "@/lib/contracts/delta";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { connectScreen, waitForDelta } from "../support/screen-client";
import { postEvent, sampleReport } from "../support/sample-events";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** PRODUCT.md §12: stateless web and worker processes sharing one Redis and one PostgreSQL. */
describe("two web servers and two workers on one Redis and one Postgres", () => {
  const prefix = uniquePrefix("scale");
  let database: ScratchDatabase;
  const processes: RunningServer[] = [];
  let webA: RunningServer;
  let webB: RunningServer;

  beforeAll(async () => {
    database = await createScratchDatabase();
    const env = { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" };
    // The first one migrates and seeds alone; the others then start side by side.
    webA = await spawnServer({ ...env, ROLE: "web" });
    processes.push(webA);
    const rest = await Promise.all([
      spawnServer({ ...env, ROLE: "web" }),
      spawnServer({ ...env, ROLE: "worker" }),
      spawnServer({ ...env, ROLE: "worker" }),
    ]);
    processes.push(...rest);
    webB = rest[0]!;
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("pushes a case posted to one server to a screen connected to the other, processed by the workers", async () => {
    const screen = await connectScreen(webB.baseUrl);
    const descriptions = Array.from({ length: 20 }, (_, i) => `scale-out ${prefix} #${i}`);
    const responses = await Promise.all(
      descriptions.map((description, i) =>
        postEvent(i % 2 === 0 ? webA.baseUrl : webB.baseUrl, sampleReport({ description, location: { lat: 31.22 + i * 0.002, lng: 121.46 } })),
      ),
    );
    expect(responses.every((r) => r.status === 202)).toBe(true);

    for (const description of descriptions) {
      await waitForDelta(screen.socket, screen.deltas, (d: Delta) => d.kind === "case" && d.case.description === description && d.case.stage === "dispatched", 20_000);
    }
    screen.socket.close();

    const [row] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE stage = 'dispatched'");
    expect(row?.n).toBe(20);
    // Web processes run no workers: every intake and dispatch job names a worker process as the one that ran it.
    const workerPids = new Set(processes.filter((p) => !p.baseUrl).map((p) => p.pid));
    const ranBy = new Set<number>();
    const redis = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    for (const name of [queueNames.intake, queueNames.dispatch]) {
      const queue = new Queue(name, { connection: redis, prefix: bullPrefix(prefix) });
      for (const job of await queue.getJobs(["completed"])) ranBy.add(Number(job.processedBy?.split(":").at(-1)));
      await queue.close();
    }
    redis.disconnect();
    expect(ranBy.size).toBeGreaterThan(0);
    expect([...ranBy].every((pid) => workerPids.has(pid))).toBe(true);
  });
});
