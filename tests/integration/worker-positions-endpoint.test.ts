import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { testRedisUrl, uniquePrefix } from "../support/services";

const gatewayToken = "test-positions-token-0123456789abcdef";
const peoplesSquare = { lat: 31.2304, lng: 121.4737 };
const north = (id: string, meters: number): [string, number, number] => {
  const { lat, lng } = offsetMeters(peoplesSquare, 0, meters);
  return [id, lat, lng];
};

describe("phone pings through POST /api/workers/positions with a gateway token", () => {
  const prefix = uniquePrefix("positions-endpoint");
  const redis = new Redis(testRedisUrl);
  let running: ServerOnStorage | undefined;

  const post = (body: unknown, token: string | null) =>
    fetch(`${running!.server.baseUrl}/api/workers/positions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
  const positionOf = async (workerId: string) => (await redis.geopos(redisKeys(prefix).workerPositions, workerId))[0];

  beforeAll(async () => {
    running = await spawnServerOn("pglite", { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, POSITIONS_GATEWAY_TOKEN: gatewayToken, SLA_MINUTE_MS: "60000" });
  });

  afterAll(async () => {
    await running?.stop();
    await deleteRedisPrefix(prefix);
    redis.disconnect();
  });

  it("refuses pings without the token or with another, and moves nobody", async () => {
    const ping = { positions: [["W0011", 31.25, 121.5]] };
    expect((await post(ping, null)).status).toBe(401);
    const wrong = await post(ping, `${gatewayToken}x`);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe("unauthenticated");
    expect(await positionOf("W0011")).toBeNull();
  });

  it("keeps the position of a ping that carries the token, and names a bad field", async () => {
    const accepted = await post({ positions: [["W0001", 31.25, 121.5]] }, gatewayToken);
    expect(accepted.status).toBe(202);
    const [lng, lat] = (await positionOf("W0001"))!.map(Number);
    expect(lat).toBeCloseTo(31.25, 4);
    expect(lng).toBeCloseTo(121.5, 4);

    const bad = await post({ positions: [["W0001", 131.25, 121.5]] }, gatewayToken);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0].path).toMatch(/^positions\.0/);
  });

  it("refuses a batch with a position outside the city, naming it, and moves nobody in it", async () => {
    const answer = await post({ positions: [north("W0101", 0), ["W0102", 39.9042, 116.4074]] }, gatewayToken);
    expect(answer.status).toBe(400);
    expect((await answer.json()).error.fields[0].path).toBe("positions.1");
    expect(await positionOf("W0101")).toBeNull();
    expect((await post({ positions: [["W0103", 0, 0]] }, gatewayToken)).status).toBe(400);
  });

  it("refuses a 1,000 km jump, and drops a jump across the city no vehicle could make, keeping the rest", async () => {
    expect((await post({ positions: [north("W0201", 0), north("W0202", 0)] }, gatewayToken)).status).toBe(202);
    expect((await post({ positions: [north("W0201", 1_000_000)] }, gatewayToken)).status).toBe(400);

    const answer = await post({ positions: [north("W0202", 10), north("W0201", -50_000)] }, gatewayToken);
    expect(answer.status).toBe(202);
    expect(await answer.json()).toEqual({ accepted: 1, tooFast: [1] });
    const [, lat] = (await positionOf("W0201"))!.map(Number);
    expect(lat).toBeCloseTo(peoplesSquare.lat, 4);
  });

  it("follows an honest walk step by step", async () => {
    for (let step = 0; step <= 10; step++) {
      const answer = await post({ positions: [north("W0301", step * 5)] }, gatewayToken);
      expect(await answer.json()).toEqual({ accepted: 1, tooFast: [] });
    }
    const [, lat] = (await positionOf("W0301"))!.map(Number);
    expect(lat).toBeCloseTo(north("W0301", 50)[1], 5);
  });
});
