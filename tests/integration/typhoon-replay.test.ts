import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, grids, sensors } from "@/lib/city/shanghai";
import { alertListSchema } from "@/lib/contracts/cap-alert";
import { forecastListSchema } from "@/lib/contracts/forecast";
import { screenModeSchema } from "@/lib/contracts/screen-mode";
import type { Snapshot } from "@/lib/contracts/snapshot";
import { groundTruthCells } from "@/scripts/typhoon/ground-truth/cell-truth";
import { replayStormFrom } from "@/scripts/typhoon/scenario/replay-storms";
import { DEMO_CITY_CENTRE, replayWindow } from "@/scripts/typhoon/scenario/replay-window";
import { typhoonScenario } from "@/scripts/typhoon/scenario/typhoon-scenario";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

// Two storm hours of In-Fa at its closest to Shanghai, as fast as the server takes them.
const from = "2021-07-26T00:00:00Z";
const hours = 2;
const stepMinutes = 15;
const seed = "integration";
const ordinaryPerHour = 0.5;
const peopleChannels = new Set(["hotline", "resident_app", "patrol", "ai_video"]);

/** What the same options make the scenario post: the replay is deterministic for a seed. */
function scenarioPosts() {
  const storm = replayStormFrom(readFileSync(path.join(root, "datasets/typhoon/best-tracks.csv"), "utf8"), "infa");
  const startMs = Date.parse(from);
  const steps = [
    ...typhoonScenario({
      storm,
      window: { startMs, endMs: startMs + hours * 3_600_000 },
      dryAtMs: replayWindow(storm.storm, DEMO_CITY_CENTRE, 500)!.startMs,
      stepMinutes,
      seed,
      cells: groundTruthCells(grids),
      gauges: sensors.filter((s) => s.kind === "rain_gauge" || s.kind === "water_level"),
      categories: catalogue,
      ordinaryPerHour,
      clockOffsetMs: 0,
      runTag: "x",
    }),
  ];
  return {
    steps: steps.length,
    readings: steps.reduce((n, s) => n + s.readings.length, 0),
    events: steps.flatMap((s) => s.events),
    warnings: steps.flatMap((s) => (s.warning ? [s.warning] : [])),
  };
}

/** The replay against a real server: its forecast, readings and reports go through the product's endpoints and open cases. */
describe("typhoon replay", () => {
  const prefix = uniquePrefix("typhoon-replay");
  let database: ScratchDatabase;
  let server: RunningServer;
  let stdout = "";
  let expected: ReturnType<typeof scenarioPosts>;

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    const args = ["--import", "tsx", "scripts/typhoon/main.ts", "--storm", "infa", "--from", from, "--hours", String(hours)];
    args.push("--step-minutes", String(stepMinutes), "--speed", "100000", "--seed", seed, "--ordinary-per-hour", String(ordinaryPerHour), "--base-url", server.baseUrl);
    expected = scenarioPosts();
    ({ stdout } = await run(process.execPath, args, { cwd: root, env: { ...process.env, ...testGatewayTokens }, timeout: 120_000 }));
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("ends by itself once the storm hours are played, everything taken", () => {
    expect(stdout).toContain(
      `replay done: ${expected.steps} steps, forecasts 1/1, readings ${expected.readings}/${expected.readings}, ` +
        `reports ${expected.events.length}/${expected.events.length}, warnings ${expected.warnings.length}/${expected.warnings.length}`,
    );
  });

  it("stores every rain and water-level gauge's readings, stamped on the replay's clock", async () => {
    const rows = await database.query<{ n: number; latest: Date }>(
      "SELECT count(*)::int AS n, max(measured_at) AS latest FROM sensor_readings WHERE sensor_id LIKE 'RG-%' OR sensor_id LIKE 'WL-%'",
    );
    expect(rows[0]!.n).toBe(expected.readings);
    // Storm time runs ahead at the replay's speed from the moment it started: near now, not in 2021.
    expect(Math.abs(rows[0]!.latest.getTime() - Date.now())).toBeLessThan(3 * 3_600_000);
  });

  it("issues the 00 UTC forecast through the feed, with its track, wind radii and cone", async () => {
    const cookie = await signInCookie(server.baseUrl, "leader");
    const response = await fetch(`${server.baseUrl}/api/forecasts`, { headers: { cookie } });
    const { forecasts } = forecastListSchema.parse(await response.json());
    expect(forecasts).toHaveLength(1);
    const { forecast } = forecasts[0]!;
    expect(forecast).toMatchObject({ source: "tonglan-replay", storm: { id: "2106", name: "IN-FA" } });
    expect(forecast.points.map((p) => p.leadHours)).toEqual([0, 12, 24, 36, 48, 72]);
    expect(forecast.points[0]!.windRadiiKm?.gale.northEast).toBeGreaterThan(0);
    expect(forecast.cone[2]!.radiusKm).toBeGreaterThan(forecast.cone[0]!.radiusKm);
  });

  it("stores the weather service's typhoon signal as a CAP alert in force, and the wall screen goes into typhoon mode", async () => {
    // In-Fa at its closest: the first step issues the orange signal, and nothing in the next two hours changes it.
    expect(expected.warnings.map((w) => [w.msgType, w.infos[0]!.event])).toEqual([["Alert", "台风橙色预警"]]);
    const { alerts } = alertListSchema.parse(await (await fetch(`${server.baseUrl}/api/alerts`)).json());
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ origin: "received", state: "active", alert: { sender: "smb@weather.sh.cn", msgType: "Alert", infos: [{ event: "台风橙色预警", severity: "Severe" }] } });
    const mode = screenModeSchema.parse(await (await fetch(`${server.baseUrl}/api/screen/mode`)).json());
    expect(mode).toMatchObject({ typhoon: true, alertInForce: true, typhoonSwitch: false });
  });

  it("opens a case for every report, and the water-level gauges' alarms open their own", async () => {
    const reports = expected.events;
    const cases = async () => ((await (await fetch(`${server.baseUrl}/api/snapshot`)).json()) as Snapshot).cases;
    await expect.poll(async () => (await cases()).filter((c) => peopleChannels.has(c.channel)).length, { timeout: 60_000, interval: 500 }).toBe(reports.length);
    const opened = await cases();
    const byCategory = (list: { category: string }[]) => list.reduce<Record<string, number>>((n, c) => ({ ...n, [c.category]: (n[c.category] ?? 0) + 1 }), {});
    expect(byCategory(opened.filter((c) => peopleChannels.has(c.channel)))).toEqual(byCategory(reports));
    expect(opened.some((c) => c.channel === "sensor" && c.description.includes("WL-"))).toBe(true);
  });
});
