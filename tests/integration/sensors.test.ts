import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "@/lib/contracts/snapshot";
import { MAX_READINGS_PER_BATCH } from "@/lib/contracts/sensor-readings";
import { bullPrefix } from "@/lib/queue/queues";
import type { ScratchDatabase } from "../support/scratch-database";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { testRedisUrl, uniquePrefix } from "../support/services";
import type { RunningServer } from "../support/spawn-server";

const gatewayToken = "test-gateway-token-0123456789abcdef";
const at = (minute: number) => new Date(Date.UTC(2026, 6, 25, 2, minute)).toISOString();

describe.each(["postgres", "pglite"] as const)("sensor readings on %s", (kind) => {
  const prefix = uniquePrefix(`sensors-${kind}`);
  let database: ScratchDatabase | undefined;
  let running: ServerOnStorage | undefined;
  let server: RunningServer;
  let redis: Redis;
  let intake: Queue;

  const post = (body: unknown, token: string | null = gatewayToken) =>
    fetch(`${server.baseUrl}/api/sensors/readings`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });

  const sensorCases = async (sensorId: string) => {
    const snapshot = (await (await fetch(`${server.baseUrl}/api/snapshot`)).json()) as Snapshot;
    return snapshot.cases.filter((c) => c.channel === "sensor" && c.description.includes(sensorId));
  };

  const intakeIdle = async () => {
    const counts = await intake.getJobCounts("waiting", "active", "delayed", "prioritized");
    return Object.values(counts).reduce((sum, n) => sum + n, 0) === 0;
  };

  beforeAll(async () => {
    running = await spawnServerOn(kind, {
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: prefix,
      SEED_DEMO_CITY: "1",
      SENSOR_GATEWAY_TOKEN: gatewayToken,
    });
    ({ server, database } = running);
    redis = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    intake = new Queue("intake", { connection: redis, prefix: bullPrefix(prefix) });
  });

  afterAll(async () => {
    await intake?.obliterate({ force: true }).catch(() => undefined);
    await intake?.close();
    redis?.disconnect();
    await running?.stop();
  });

  it("refuses a gateway without the token", async () => {
    const body = { readings: [{ sensorId: "WM-0001", measuredAt: at(0), value: 1 }] };
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, "wrong-token-0123456789abcdef0123456")).status).toBe(401);
  });

  it("stores a batch once even when it is posted twice, and names the readings of unknown sensors", async () => {
    const readings = [
      { sensorId: "WM-0001", measuredAt: at(0), value: 1021.5 },
      { sensorId: "EM-0001", measuredAt: at(0), value: 8810.25 },
      { sensorId: "XX-9999", measuredAt: at(0), value: 3 },
      { sensorId: "WM-0001", measuredAt: at(1), value: 1021.75 },
    ];
    const first = await post({ readings });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      received: 4,
      stored: 3,
      duplicates: 0,
      rejected: [{ index: 2, sensorId: "XX-9999", reason: "unknown_sensor" }],
      alarms: 0,
    });
    const again = await post({ readings });
    expect(await again.json()).toMatchObject({ received: 4, stored: 0, duplicates: 3 });

    // The columnar form is the same batch; the same instant written with another offset is the same reading.
    const columns = await post({
      sensorIds: ["WM-0001", "EM-0001"],
      measuredAt: ["2026-07-25T10:01:00+08:00", at(1)],
      values: [1021.75, 8810.5],
    });
    expect(await columns.json()).toMatchObject({ received: 2, stored: 1, duplicates: 1, rejected: [] });

    if (database) {
      const rows = await database.query<{ sensor_id: string; value: number }>(
        "SELECT sensor_id, value FROM sensor_readings WHERE sensor_id = ANY($1) ORDER BY sensor_id, measured_at",
        [["WM-0001", "EM-0001", "XX-9999"]],
      );
      expect(rows).toEqual([
        { sensor_id: "EM-0001", value: 8810.25 },
        { sensor_id: "EM-0001", value: 8810.5 },
        { sensor_id: "WM-0001", value: 1021.5 },
        { sensor_id: "WM-0001", value: 1021.75 },
      ]);
    }
  });

  it("answers a bad reading with 400 naming its index and field, and an oversized batch with 413", async () => {
    const bad = await post({
      readings: [
        { sensorId: "WM-0002", measuredAt: at(5), value: 1 },
        { sensorId: "WM-0002", measuredAt: "not a time", value: 2 },
      ],
    });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("invalid_body");
    expect(body.error.fields.map((f: { path: string }) => f.path)).toEqual(["readings.1.measuredAt"]);

    const mismatched = await post({ sensorIds: ["WM-0002"], measuredAt: [at(5)], values: [] });
    expect((await mismatched.json()).error.fields[0].path).toBe("values");

    const many = Array.from({ length: MAX_READINGS_PER_BATCH + 1 }, (_, i) => ({ sensorId: "WM-0002", measuredAt: at(i % 60), value: i }));
    const tooMany = await post({ readings: many });
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json()).error.code).toBe("too_many_readings");

    if (database) expect(await database.query("SELECT 1 FROM sensor_readings WHERE sensor_id = 'WM-0002'")).toEqual([]);
  });

  it("opens one 道路积水 case when a water level crosses its threshold, however often the batch is sent", async () => {
    const rising = [
      { sensorId: "WL-0001", measuredAt: at(10), value: 4 },
      { sensorId: "WL-0001", measuredAt: at(11), value: 22.5 },
      { sensorId: "WL-0001", measuredAt: at(12), value: 31 },
    ];
    const answers = await Promise.all([post({ readings: rising }), post({ readings: rising })]);
    for (const answer of answers) expect(await answer.json()).toMatchObject({ alarms: 1 });

    await expect.poll(() => sensorCases("WL-0001"), { timeout: 20_000 }).toHaveLength(1);
    // The flood goes on: still over the threshold, no new crossing.
    const later = await post({ readings: [{ sensorId: "WL-0001", measuredAt: at(13), value: 35 }] });
    expect(await later.json()).toMatchObject({ stored: 1, alarms: 0 });
    await post({ readings: rising });
    await expect.poll(intakeIdle, { timeout: 20_000 }).toBe(true);

    const cases = await sensorCases("WL-0001");
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ category: "road_waterlogging", department: "water", channel: "sensor" });
    expect(cases[0]!.description).toContain("22.5 cm");
    if (database) {
      const events = await database.query<{ idempotency_key: string }>("SELECT idempotency_key FROM events WHERE channel = 'sensor'");
      expect(events).toEqual([{ idempotency_key: `sensor:WL-0001:${Date.parse(at(11))}` }]);
    }
  });
});
