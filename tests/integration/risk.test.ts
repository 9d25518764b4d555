import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Delta } from "@/lib/contracts/delta";
import { riskRecomputeBucket } from "@/lib/domain/risk/recompute-bucket";
import { riskMapSchema, type RiskMapView } from "@/lib/contracts/risk";
import { connectScreen, waitForDelta, type ScreenSocket } from "../support/screen-client";
import { heavyRainReadings, passingStormForecast, RAINED_ON_GAUGES } from "../support/risk-inputs";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import type { RunningServer } from "../support/spawn-server";

/** Its debounce bucket is the shortest, five seconds. */
const SLA_MINUTE_MS = 6_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 15's loop over the product's own interfaces: gauges' readings and a forecast in through the gateways,
 * the risk map recomputed once by the debounced worker, pushed to a screen and served by GET /api/risk.
 */
describe("risk from readings and a forecast", () => {
  const prefix = uniquePrefix("risk");
  let running: ServerOnStorage | undefined;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] } | undefined;
  let leader: string;
  let now: Date;

  const risk = (query: string, cookie = leader) => fetch(`${server.baseUrl}/api/risk${query}`, { headers: { cookie } });

  beforeAll(async () => {
    running = await spawnServerOn("postgres", { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, SEED_DEMO_CITY: "1", SLA_MINUTE_MS: String(SLA_MINUTE_MS) });
    ({ server } = running);
    screen = await connectScreen(server.baseUrl);
    leader = await signInCookie(server.baseUrl, "leader");
  });

  afterAll(async () => {
    screen?.socket.close();
    await running?.stop();
  });

  it("serves nothing before the first computation, and refuses a wrong horizon naming it", async () => {
    const before = riskMapSchema.parse(await (await risk("?horizon=1h")).json());
    expect(before).toEqual({ computedAt: null, inputsAsOf: null, horizon: "1h", cells: [] });
    for (const query of ["?horizon=2h", ""]) {
      const response = await risk(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { fields?: { path: string }[] } };
      expect(body.error.fields?.map((f) => f.path)).toContain("query.horizon");
    }
  });

  it("is for operators, leaders, dispatchers and admins only", async () => {
    expect((await fetch(`${server.baseUrl}/api/risk?horizon=1h`)).status).toBe(401);
    expect((await risk("?horizon=1h", await signInCookie(server.baseUrl, "worker"))).status).toBe(403);
  });

  it("recomputes once after a burst of readings and a forecast, pushes the top cells and serves the rained-on cells first", async () => {
    // The burst starts with a fresh bucket, so it all falls in one.
    await sleep(riskRecomputeBucket(Date.now(), SLA_MINUTE_MS).delayMs + 20);
    now = new Date();
    const { readings } = heavyRainReadings(now, RAINED_ON_GAUGES.map((g) => g.id), 90, 3);
    const half = Math.ceil(readings.length / 2);
    const gateway = (path: string, body: unknown, token: string) =>
      fetch(`${server.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    // Two batches and a forecast in quick succession: one recomputation, after all three.
    const responses = await Promise.all([
      gateway("/api/sensors/readings", { readings: readings.slice(0, half) }, testGatewayTokens.SENSOR_GATEWAY_TOKEN),
      gateway("/api/sensors/readings", { readings: readings.slice(half) }, testGatewayTokens.SENSOR_GATEWAY_TOKEN),
      gateway("/api/forecasts", passingStormForecast(now), testGatewayTokens.WEATHER_GATEWAY_TOKEN),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 201]);

    const pushed = await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "risk", 20_000);
    if (pushed.kind !== "risk") throw new Error("not a risk delta");
    const oneHour = pushed.risk.horizons.find((h) => h.horizon === "1h")!;
    expect(oneHour.cells.length).toBeGreaterThan(0);
    expect(oneHour.cells.length).toBeLessThanOrEqual(10);

    const served: RiskMapView = riskMapSchema.parse(await (await risk("?horizon=1h")).json());
    expect(served.computedAt).toBe(pushed.risk.computedAt);
    expect(served.inputsAsOf).toBe(now.toISOString());
    expect(served.cells.slice(0, oneHour.cells.length)).toEqual(oneHour.cells);
    const cells = served.cells.map((c) => c.cell);
    for (const gauge of RAINED_ON_GAUGES) expect(cells.indexOf(gauge.gridCell)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...RAINED_ON_GAUGES.map((g) => cells.indexOf(g.gridCell)))).toBeLessThan(10);
    const rain = served.cells[0]!.reasons.find((r) => r.kind === "rain");
    expect(rain?.kind === "rain" && rain.expectedMm).toBeGreaterThan(40);
    expect(served.cells.every((c, i) => i === 0 || c.score <= served.cells[i - 1]!.score)).toBe(true);

    const threeHours = riskMapSchema.parse(await (await risk("?horizon=3h")).json());
    expect(threeHours.horizon).toBe("3h");
    expect(threeHours.computedAt).toBe(served.computedAt);

    // The burst was one recomputation: no second risk delta follows within the next bucket.
    await sleep(riskRecomputeBucket(0, SLA_MINUTE_MS).delayMs + 500);
    expect(screen!.deltas.filter((d) => d.kind === "risk")).toHaveLength(1);
  });
});
