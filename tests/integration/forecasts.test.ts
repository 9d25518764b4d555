import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Delta } from "@/lib/contracts/delta";
import { forecastListSchema, type Forecast } from "@/lib/contracts/forecast";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { connectScreen, waitForDelta, type ScreenSocket } from "../support/screen-client";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

const issuedAt = (hour: number) => new Date(Date.UTC(2021, 6, 25, hour)).toISOString();

function forecast(hour: number, overrides: Partial<Forecast> = {}): Forecast {
  const at = (lead: number) => new Date(Date.parse(issuedAt(hour)) + lead * 3_600_000).toISOString();
  return {
    source: "test-feed",
    storm: { id: "2106", name: "IN-FA" },
    issuedAt: issuedAt(hour),
    points: [
      { leadHours: 0, validAt: at(0), lat: 30.1, lon: 122.1, pressureHpa: 975, maxWindMs: 30.9 },
      {
        leadHours: 24,
        validAt: at(24),
        lat: 30.9,
        lon: 121.0,
        pressureHpa: 985,
        maxWindMs: 25.7,
        windRadiiKm: { gale: { northEast: 220, southEast: 200, southWest: 160, northWest: 180 } },
      },
    ],
    cone: [
      { leadHours: 0, radiusKm: 24 },
      { leadHours: 24, radiusKm: 83 },
    ],
    ...overrides,
  };
}

/** The weather feed over HTTP: its token, its validation, once per issue time, the list and the screens' delta. */
describe("forecasts", () => {
  const prefix = uniquePrefix("forecasts");
  let database: ScratchDatabase;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] };
  const cookies: Record<string, string> = {};

  const post = (body: unknown, token: string | null = testGatewayTokens.WEATHER_GATEWAY_TOKEN) =>
    fetch(`${server.baseUrl}/api/forecasts`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const list = (query: string, who = "leader") => fetch(`${server.baseUrl}/api/forecasts${query}`, { headers: { cookie: cookies[who]! } });

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["leader", "operator", "worker", "water"]) cookies[who] = await signInCookie(server.baseUrl, who);
    screen = await connectScreen(server.baseUrl);
  });

  afterAll(async () => {
    screen?.socket.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("takes forecasts only with the weather gateway's token", async () => {
    expect((await post(forecast(0), null)).status).toBe(401);
    expect((await post(forecast(0), testGatewayTokens.SENSOR_GATEWAY_TOKEN)).status).toBe(401);
  });

  it("answers a wrong forecast with 400 naming the field, and too large a body with 413", async () => {
    const shifted = forecast(0);
    shifted.points[1]!.validAt = issuedAt(23);
    const wrongTime = await post(shifted);
    expect(wrongTime.status).toBe(400);
    expect(((await wrongTime.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(["points.1.validAt"]);

    const wrongLat = await post(forecast(0, { points: [{ ...forecast(0).points[0]!, lat: 123 }] }));
    expect(wrongLat.status).toBe(400);
    expect(JSON.stringify(await wrongLat.json())).toContain("points.0.lat");

    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ ...forecast(0), padding: "x".repeat(200 * 1024) }))).status).toBe(413);
  });

  it("stores a forecast once per source, storm and issue time and pushes it to screens the first time", async () => {
    const first = await post(forecast(6));
    expect(first.status).toBe(201);
    const stored = (await first.json()) as { id: string; duplicate: boolean };
    expect(stored.duplicate).toBe(false);

    const delta = await waitForDelta(screen.socket, screen.deltas, (d) => d.kind === "forecast" && d.forecast.id === stored.id);
    expect(delta.kind === "forecast" && delta.forecast.forecast).toEqual(forecast(6));

    // The same issue instant written with another offset, and with other points: the first one stays.
    const again = await post(forecast(6, { issuedAt: "2021-07-25T14:00:00+08:00", points: [forecast(6).points[0]!], cone: [] }));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: stored.id, duplicate: true });
    // Another source's forecast of the same storm at the same time is its own.
    expect((await post(forecast(6, { source: "other-feed" }))).status).toBe(201);

    if (database) {
      const rows = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM forecasts WHERE source = 'test-feed' AND storm_id = '2106'", []);
      expect(rows[0]!.n).toBe(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.deltas.filter((d) => d.kind === "forecast" && d.forecast.id === stored.id)).toHaveLength(1);
  });

  it("lists the forecasts of a window oldest first to the command roles, and to no one else", async () => {
    expect((await post(forecast(18))).status).toBe(201);
    expect((await post(forecast(12))).status).toBe(201);

    const all = forecastListSchema.parse(await (await list(`?since=${issuedAt(6)}&until=${issuedAt(18)}`)).json());
    const ours = all.forecasts.filter((f) => f.forecast.source === "test-feed").map((f) => f.forecast.issuedAt);
    expect(ours).toEqual([issuedAt(6), issuedAt(12), issuedAt(18)]);
    const later = forecastListSchema.parse(await (await list(`?since=${encodeURIComponent("2021-07-25T19:00:00+08:00")}`, "operator")).json());
    expect(later.forecasts.map((f) => f.forecast.issuedAt)).toEqual([issuedAt(12), issuedAt(18)]);

    const wrong = await list("?since=yesterday");
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain("query.since");
    expect((await list(`?since=${issuedAt(18)}&until=${issuedAt(6)}`)).status).toBe(400);
    expect((await list("", "worker")).status).toBe(403);
    expect((await list("", "water")).status).toBe(403);
    expect((await fetch(`${server.baseUrl}/api/forecasts`)).status).toBe(401);
  });
});
