import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPositions } from "@/lib/geo/worker-positions";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";

// About 111 m per 0.001° of latitude.
const north = (id: string, km: number): [string, number, number] => [id, 31.2 + km / 111.2, 121.47];

describe("live worker positions in Redis", () => {
  const prefix = uniquePrefix("positions");
  const redis = new Redis(testRedisUrl);
  // Each test places its own workers in a set of its own.
  const positionsFor = (test: string) => new WorkerPositions(redis, `${prefix}:${test}:workers:geo`, `${prefix}:${test}:workers:fix-at`);

  afterAll(async () => {
    await deleteRedisPrefix(prefix);
    redis.disconnect();
  });

  it("reads back every worker of the live set with when their phone last sent a fix, or none", async () => {
    const positions = positionsFor("all");
    await positions.update([north("w-db", 1)]);
    await positions.record([north("w-phone", 2)], 5_000);
    const all = new Map((await positions.all()).map((p) => [p.id, p]));
    expect(all.get("w-db")).toMatchObject({ fixAtMs: null, lat: expect.closeTo(north("w", 1)[1], 5) });
    expect(all.get("w-phone")).toMatchObject({ fixAtMs: 5_000, lat: expect.closeTo(north("w", 2)[1], 5) });
  });

  it("reads only the fixes sent since a moment", async () => {
    const positions = positionsFor("since");
    await positions.record([north("w-early", 1)], 10_000);
    await positions.record([north("w-late", 1), north("w-later", 2)], 20_000);
    expect((await positions.fixesSince(20_000)).map((p) => p.id).sort()).toEqual(["w-late", "w-later"]);
    await positions.record([north("w-early", 1.1)], 30_000);
    expect((await positions.fixesSince(25_000)).map((p) => [p.id, p.fixAtMs])).toEqual([["w-early", 30_000]]);
  });

  it("drops from the live set the workers whose phone went silent, and those taken out", async () => {
    const positions = positionsFor("stale");
    await positions.record([north("w-silent", 1)], 1_000_000);
    await positions.record([north("w-talking", 1)], 2_000_000);
    await positions.update([north("w-never-fixed", 1)]);
    expect(await positions.dropStale(1_500_000)).toContain("w-silent");
    await positions.remove(["w-talking"]);
    const left = (await positions.all()).map((p) => p.id);
    expect(left).toContain("w-never-fixed");
    expect(left).not.toContain("w-silent");
    expect(left).not.toContain("w-talking");
    expect(await positions.lastFixes(["w-silent", "w-talking"])).toEqual(new Map());
  });

  it("keeps when each phone's last fix came, and knows no fix of a worker only placed from the database", async () => {
    const positions = positionsFor("fixes");
    await positions.update([north("w-placed", 1)]);
    await positions.record([north("w-fixed", 2)], 1_000);
    await positions.record([north("w-fixed", 2.01)], 2_000);
    const fixes = await positions.lastFixes(["w-placed", "w-fixed", "w-unknown"]);
    expect([...fixes.keys()]).toEqual(["w-fixed"]);
    expect(fixes.get("w-fixed")).toMatchObject({ atMs: 2_000, lng: expect.closeTo(121.47, 5) });
    expect(fixes.get("w-fixed")!.lat).toBeCloseTo(north("w", 2.01)[1], 5);
  });
});
