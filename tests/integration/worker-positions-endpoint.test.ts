import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { testRedisUrl, uniquePrefix } from "../support/services";

const gatewayToken = "test-positions-token-0123456789abcdef";

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
    running = await spawnServerOn("pglite", { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, POSITIONS_GATEWAY_TOKEN: gatewayToken });
  });

  afterAll(async () => {
    await running?.stop();
    await deleteRedisPrefix(prefix);
    redis.disconnect();
  });

  it("refuses pings without the token or with another, and moves nobody", async () => {
    const ping = { positions: [["W0001", 31.25, 121.5]] };
    expect((await post(ping, null)).status).toBe(401);
    const wrong = await post(ping, `${gatewayToken}x`);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe("unauthenticated");
    expect(await positionOf("W0001")).toBeNull();
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
});
