import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { checkHealth } from "@/lib/pipeline/check-health";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testRedisUrl } from "../support/services";

describe("readiness", () => {
  let scratch: ScratchDatabase;
  let database: DatabaseHandle;
  let unreachable: DatabaseHandle;
  const redis = new Redis(testRedisUrl);
  // Nothing listens on port 1: every command fails at once instead of waiting for a reconnect.
  const deadRedis = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const positions = { count: async () => 3 };

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    database = await createDatabase({ databaseUrl: scratch.url, pgliteDir: "" });
    unreachable = await createDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:1/none", pgliteDir: "" });
  });

  afterAll(async () => {
    await Promise.all([database.close(), unreachable.close()]);
    await scratch.drop();
    redis.disconnect();
    deadRedis.disconnect();
  });

  it("is ready when Redis and the database both answer", async () => {
    expect(await checkHealth({ role: "web", database, redis, positions })).toEqual({
      ok: true, role: "web", database: "postgres", databaseReachable: "up", redis: "up", trackedWorkers: 3,
    });
  });

  it("is not ready when either store is away", async () => {
    expect(await checkHealth({ role: "web", database, redis: deadRedis, positions })).toMatchObject({ ok: false, redis: "down", databaseReachable: "up" });
    expect(await checkHealth({ role: "web", database: unreachable, redis, positions })).toMatchObject({ ok: false, redis: "up", databaseReachable: "down" });
  });
});
