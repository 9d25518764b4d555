import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { WorkerPositions } from "@/lib/geo/worker-positions";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";

// About 111 m per 0.001° of latitude.
const north = (id: string, km: number): [string, number, number] => [id, 31.2 + km / 111.2, 121.47];

describe("nearest workers from the Redis GEO set", () => {
  const prefix = uniquePrefix("positions");
  const redis = new Redis(testRedisUrl);
  // Each test places its own workers in a set of its own.
  const positionsFor = (test: string) => new WorkerPositions(redis, `${prefix}:${test}:workers:geo`, `${prefix}:${test}:workers:fix-at`);
  const fiveNorth = [north("w-0.5", 0.5), north("w-1", 1), north("w-3", 3), north("w-6", 6), north("w-9", 9)];

  afterAll(async () => {
    await deleteRedisPrefix(prefix);
    redis.disconnect();
  });

  it("finds the nearest first, near or far, and none beyond the radius", async () => {
    const positions = positionsFor("nearest");
    await positions.update(fiveNorth);
    const ids = async (count: number) => (await positions.nearest(31.2, 121.47, 8, count)).map((w) => w.id);
    // Two lie within an eighth of the radius, the rest only within the whole of it.
    expect(await ids(2)).toEqual(["w-0.5", "w-1"]);
    expect(await ids(3)).toEqual(["w-0.5", "w-1", "w-3"]);
    expect(await ids(10)).toEqual(["w-0.5", "w-1", "w-3", "w-6"]);
    const [first] = await positions.nearest(31.2, 121.47, 8, 1);
    expect(first?.meters).toBeCloseTo(500, -1);
  });

  it("measures each distance as dispatch measures it everywhere else, from the stored position", async () => {
    const positions = positionsFor("distance");
    await positions.update(fiveNorth);
    const [found] = await positions.nearest(31.2, 121.47, 8, 1);
    const stored = (await positions.positionsOf(["w-0.5"])).get("w-0.5")!;
    expect(found?.meters).toBe(haversineMeters({ lat: 31.2, lng: 121.47 }, stored));
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
