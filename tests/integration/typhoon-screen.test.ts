import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import type { Delta } from "@/lib/contracts/delta";
import type { Forecast } from "@/lib/contracts/forecast";
import type { ScreenMode } from "@/lib/contracts/screen-mode";
import type { SensorValue } from "@/lib/contracts/sensor-values";
import type { Snapshot } from "@/lib/contracts/snapshot";
import type { TyphoonTimeline } from "@/lib/contracts/typhoon-timeline";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { setTyphoonAlertInForce } from "@/lib/pipeline/set-screen-mode";
import { DeltaLog } from "@/lib/realtime/delta-log";
import { createScreenPublisher } from "@/lib/realtime/screen-publisher";
import { aForecast } from "../unit/typhoon/forecast-fixture";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import type { ScreenSocket } from "../support/screen-client";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { connectWithCookie, signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** Typhoon mode, the storm and the gauges as the wall screen gets them: routes, deltas, the sensors push, the snapshot and the timeline. */
describe("typhoon mode on the wall screen", () => {
  const prefix = uniquePrefix("typhoon-screen");
  let database: ScratchDatabase;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] };
  const pushed: SensorValue[][] = [];
  const cookies: Record<string, string> = {};

  const snapshot = async () => (await (await fetch(`${server.baseUrl}/api/snapshot`)).json()) as Snapshot;
  const putMode = (who: string | null, body: unknown) =>
    fetch(`${server.baseUrl}/api/screen/mode`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...(who && { cookie: cookies[who]! }) },
      body: JSON.stringify(body),
    });
  const postReadings = (readings: { sensorId: string; measuredAt: string; value: number }[]) =>
    fetch(`${server.baseUrl}/api/sensors/readings`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${testGatewayTokens.SENSOR_GATEWAY_TOKEN}` },
      body: JSON.stringify({ readings }),
    });
  const storeForecast = (forecast: Forecast, receivedAt = new Date()) =>
    database.query("INSERT INTO forecasts (id, source, storm_id, storm_name, issued_at, received_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
      randomUUID(),
      forecast.source,
      forecast.storm.id,
      forecast.storm.name,
      forecast.issuedAt,
      receivedAt,
      JSON.stringify(forecast),
    ]);

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["leader", "operator", "dispatcher", "worker"]) cookies[who] = await signInCookie(server.baseUrl, who);
    screen = await connectWithCookie(server.baseUrl);
    screen.socket.on("sensors", (values) => pushed.push(values));
  });

  afterAll(async () => {
    screen?.socket.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("starts on an ordinary day, with the rain and water-level gauges (no meters) in the snapshot", async () => {
    const first = await snapshot();
    expect(first.mode).toMatchObject({ typhoon: false, typhoonSwitch: false, alertInForce: false });
    expect(first.sensors).toHaveLength(360);
    expect(new Set(first.sensors.map((s) => s.kind))).toEqual(new Set(["rain_gauge", "water_level"]));
    expect(first.forecasts).toEqual([]);
  });

  it("lets operators and leaders switch typhoon mode, pushes it as a delta and keeps it in the snapshot", async () => {
    expect((await putMode(null, { typhoon: true })).status).toBe(401);
    expect((await putMode("worker", { typhoon: true })).status).toBe(403);
    expect((await putMode("dispatcher", { typhoon: true })).status).toBe(403);
    const bad = await putMode("leader", { typhoon: "yes" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('"typhoon"');

    const on = await putMode("leader", { typhoon: true });
    expect(on.status).toBe(200);
    expect((await on.json()) as ScreenMode).toMatchObject({ typhoon: true, typhoonSwitch: true, changedBy: "郑华" });
    await expect.poll(() => screen.deltas.filter((d) => d.kind === "screen-mode").map((d) => d.kind === "screen-mode" && d.mode.typhoon)).toEqual([true]);
    expect((await snapshot()).mode.typhoon).toBe(true);
    expect(((await (await fetch(`${server.baseUrl}/api/screen/mode`)).json()) as ScreenMode).typhoon).toBe(true);
  });

  it("stays in typhoon mode while an alert is in force, whatever the switch says", async () => {
    const db: DatabaseHandle = await createDatabase({ databaseUrl: database.url, pgliteDir: "" });
    const redis = new Redis(testRedisUrl);
    try {
      const config = parseConfig({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix });
      const publisher = createScreenPublisher(redis, prefix, new DeltaLog(redis, prefix, config.DELTA_LOG_LENGTH, config.CATCH_UP_MAX_DELTAS));
      const deps = { db: db.db, publisher, clock: () => new Date() };
      await setTyphoonAlertInForce(deps, true);
      expect(((await (await putMode("operator", { typhoon: false })).json()) as ScreenMode).typhoon).toBe(true);
      await setTyphoonAlertInForce(deps, false);
      await expect.poll(async () => (await snapshot()).mode).toMatchObject({ typhoon: false, typhoonSwitch: false, alertInForce: false });
      const modes = () => screen.deltas.flatMap((d) => (d.kind === "screen-mode" ? [d.mode.typhoon] : []));
      await expect.poll(modes).toEqual([true, true, true, false]);
    } finally {
      redis.disconnect();
      await db.close();
    }
  });

  it("pushes the gauges' newest values to screens, batched, and serves them in the snapshot", async () => {
    const at = (minute: number) => new Date(Date.UTC(2021, 6, 25, 2, minute)).toISOString();
    const posted = await postReadings([
      { sensorId: "RG-0001", measuredAt: at(0), value: 12.5 },
      { sensorId: "RG-0001", measuredAt: at(5), value: 33 },
      { sensorId: "WL-0001", measuredAt: at(5), value: 9 },
    ]);
    expect(posted.status).toBe(200);
    await expect.poll(() => pushed.flat(), { timeout: 5_000 }).toEqual(
      expect.arrayContaining([
        { id: "RG-0001", value: 33, measuredAt: at(5) },
        { id: "WL-0001", value: 9, measuredAt: at(5) },
      ]),
    );
    expect(pushed.flat().filter((v) => v.id === "RG-0001")).toHaveLength(1);
    const gauges = new Map((await snapshot()).sensors.map((s) => [s.id, s]));
    expect(gauges.get("RG-0001")).toMatchObject({ value: 33, measuredAt: at(5), alarmAbove: 50 });
    expect(gauges.get("WL-0001")).toMatchObject({ value: 9, alarmAbove: 15 });
    expect(gauges.get("RG-0002")?.value).toBeNull();
  });

  it("carries the current storm's forecasts in the snapshot, oldest issue first", async () => {
    await storeForecast(aForecast("2021-07-25T00:00:00Z", 29, 123.5));
    await storeForecast(aForecast("2021-07-24T18:00:00Z", 28.5, 124));
    // A forecast of another storm received a month ago is not the storm the screen shows.
    await storeForecast(aForecast("2021-07-20T00:00:00Z", 20, 130, { storm: { id: "2105", name: "Cempaka" } }), new Date(Date.now() - 30 * 86_400_000));
    const forecasts = (await snapshot()).forecasts;
    expect(forecasts.map((f) => f.forecast.issuedAt)).toEqual(["2021-07-24T18:00:00Z", "2021-07-25T00:00:00Z"]);
  });

  it("serves a stored window step by step for the timeline, and names a wrong parameter", async () => {
    const query = new URLSearchParams({ from: "2021-07-25T00:00:00Z", to: "2021-07-25T03:00:00Z", stepMinutes: "30" });
    const response = await fetch(`${server.baseUrl}/api/typhoon/timeline?${query}`);
    expect(response.status).toBe(200);
    const timeline = (await response.json()) as TyphoonTimeline;
    expect(timeline.frames).toHaveLength(6);
    const rg = timeline.sensors.findIndex((s) => s.id === "RG-0001");
    // 02:00–02:30 holds both readings (12.5 and 33): their mean; before, nothing.
    expect(timeline.frames.map((f) => f.values[rg])).toEqual([null, null, null, null, 22.8, 22.8]);
    expect(timeline.forecasts.map((f) => f.forecast.issuedAt)).toEqual(["2021-07-24T18:00:00Z", "2021-07-25T00:00:00Z"]);
    expect(timeline.frames.every((f) => f.casesOpened === 0)).toBe(true);

    const backwards = await fetch(`${server.baseUrl}/api/typhoon/timeline?from=2021-07-25T03:00:00Z&to=2021-07-25T00:00:00Z`);
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(await backwards.json())).toContain("query.to");
    const tooFine = await fetch(`${server.baseUrl}/api/typhoon/timeline?from=2021-07-01T00:00:00Z&to=2021-07-25T00:00:00Z&stepMinutes=5`);
    expect(tooFine.status).toBe(400);
    expect(JSON.stringify(await tooFine.json())).toContain("query.stepMinutes");
    const worker = await fetch(`${server.baseUrl}/api/typhoon/timeline?${query}`, { headers: { cookie: cookies.worker! } });
    expect(worker.status).toBe(403);
  });
});
