import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { UnsequencedDelta } from "@/lib/contracts/delta";
import { DeltaLog } from "@/lib/realtime/delta-log";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { aCase, aWorker } from "../unit/live/live-fixtures";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";

const caseChange = (id: string, version = 1): UnsequencedDelta => ({ kind: "case", case: aCase(id, { version }) });

describe("the delta log on real Redis", () => {
  const prefixes: string[] = [];
  let redis: Redis;

  const freshLog = (maxLength = 1_000, maxCatchUp = 5_000) => {
    const prefix = uniquePrefix("delta-log");
    prefixes.push(prefix);
    return { log: new DeltaLog(redis, prefix, maxLength, maxCatchUp), keys: redisKeys(prefix) };
  };

  beforeAll(() => {
    redis = new Redis(testRedisUrl);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    redis?.disconnect();
    for (const prefix of prefixes) await deleteRedisPrefix(prefix);
  });

  it("numbers a batch with consecutive seqs, in order, and the next batch after it", async () => {
    const { log } = freshLog();
    const first = await log.append([caseChange("a"), { kind: "worker", worker: aWorker("W7") }, caseChange("b")]);
    expect(first.map((d) => d.seq)).toEqual([1, 2, 3]);
    expect(first[1]).toEqual({ kind: "worker", worker: aWorker("W7"), seq: 2 });
    const second = await log.append([caseChange("a", 2), caseChange("c")]);
    expect(second.map((d) => d.seq)).toEqual([4, 5]);
    expect(await log.currentSeq()).toBe(5);
  });

  it("sends a whole batch in one command", async () => {
    const { log } = freshLog();
    // The first append on a connection also connects it and may load the script: count a later one.
    await log.append([caseChange("warm-up")]);
    const sent = vi.spyOn(redis, "sendCommand");
    await log.append(Array.from({ length: 300 }, (_, i) => caseChange(`c${i}`)));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it("logs one entry per seq, so a catch-up replays exactly what was numbered", async () => {
    const { log, keys } = freshLog();
    const appended = [...(await log.append([caseChange("a"), caseChange("b")])), ...(await log.append([caseChange("a", 2)]))];
    expect(await redis.xlen(keys.deltaLog)).toBe(3);
    expect(await log.since(0)).toEqual({ ok: true, deltas: appended });
    expect(await log.since(1)).toEqual({ ok: true, deltas: appended.slice(1) });
    expect(await log.since(3)).toEqual({ ok: true, deltas: [] });
  });

  it("appends nothing for an empty batch", async () => {
    const { log } = freshLog();
    expect(await log.append([])).toEqual([]);
    expect(await log.currentSeq()).toBe(0);
  });

  it("stays bounded when one batch is longer than the log, and sends older screens back to a snapshot", async () => {
    const { log, keys } = freshLog(10);
    const appended = await log.append(Array.from({ length: 1_000 }, (_, i) => caseChange(`c${i}`)));
    // Trimming is approximate (whole stream nodes of up to 100 entries), so allow one node's slack.
    expect(await redis.xlen(keys.deltaLog)).toBeLessThanOrEqual(10 + 100);
    expect(await log.since(0)).toEqual({ ok: false, reset: true });
    expect(await log.since(995)).toEqual({ ok: true, deltas: appended.slice(995) });
  });

  it("tells a screen further behind than the cap to load the snapshot, however much the log still holds", async () => {
    const { log } = freshLog(1_000, 50);
    const appended = await log.append(Array.from({ length: 200 }, (_, i) => caseChange(`c${i}`)));
    expect(await log.since(149)).toEqual({ ok: false, reset: true });
    expect(await log.since(150)).toEqual({ ok: true, deltas: appended.slice(150) });
  });

  it("reads the log once for screens that ask the same at the same time", async () => {
    const { log } = freshLog();
    await log.append(Array.from({ length: 20 }, (_, i) => caseChange(`c${i}`)));
    const ranges = vi.spyOn(redis, "xrange");
    const answers = await Promise.all(Array.from({ length: 10 }, () => log.since(5)));
    expect(ranges).toHaveBeenCalledTimes(1);
    expect(new Set(answers).size).toBe(1);
    await log.since(5);
    expect(ranges).toHaveBeenCalledTimes(2);
  });
});
