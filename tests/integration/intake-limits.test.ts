import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseAddressRanges } from "@/lib/http/address-range";
import { serveIntake } from "@/lib/http/intake-endpoint";
import { createIntakeLimiter, type IntakeLimits } from "@/lib/http/intake-limiter";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { postEvent, sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

/** POST /api/events as server.ts serves it, with the given limits and this test's loopback as the trusted proxy. */
async function startIntake(running: InProcessApp, limits: IntakeLimits, trustedProxies = "127.0.0.1,::1") {
  const { app } = running;
  const deps = {
    ...app,
    maxEventBytes: 64 * 1024,
    trustedProxies: parseAddressRanges(trustedProxies),
    // One fixed minute, so no test straddles two windows.
    limiter: createIntakeLimiter(app.redis, app.config.REDIS_PREFIX, limits, () => Date.UTC(2026, 0, 1, 12, 0, 30)),
  };
  const http: HttpServer = createServer((req, res) => void serveIntake(deps, req, res));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, close: () => new Promise((r) => http.close(r)) };
}

const strict: IntakeLimits = { perAddressPerMinute: 5, perUserPerMinute: 5, perKeyPerMinute: 3, exempt: parseAddressRanges("127.0.0.0/8,::1") };

describe("intake limits on real Redis", () => {
  const prefix = uniquePrefix("intake-limits");
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
  });
  afterAll(() => running?.stop());

  const statuses = async (baseUrl: string, count: number, headers: (i: number) => Record<string, string>) => {
    const answers: number[] = [];
    for (let i = 0; i < count; i++) {
      const response = await postEvent(baseUrl, sampleReport({ description: `intake limit #${i}` }), headers(i));
      answers.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    return answers;
  };

  it("answers 429 with Retry-After to an anonymous address beyond its limit, whatever it puts in X-Forwarded-For", async () => {
    const intake = await startIntake(running, strict);
    // Our proxy (loopback) appends the address it saw; the client prepends whatever it likes.
    const sent = await statuses(intake.baseUrl, 8, (i) => ({ "x-forwarded-for": `10.${i}.0.1, 198.51.100.7` }));
    expect(sent).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
    // Once this process alone has seen the address over its limit, it answers without asking Redis.
    const transactions = vi.spyOn(running.app.redis, "multi");
    expect(await statuses(intake.baseUrl, 1, () => ({ "x-forwarded-for": "198.51.100.7" }))).toEqual([429]);
    expect(transactions).not.toHaveBeenCalled();
    expect(await statuses(intake.baseUrl, 1, () => ({ "x-forwarded-for": "198.51.100.8" }))).toEqual([202]);
    expect(transactions).toHaveBeenCalledTimes(1);
    transactions.mockRestore();
    await intake.close();
  });

  it("limits replays of one idempotency key", async () => {
    const intake = await startIntake(running, { ...strict, perAddressPerMinute: 1_000 });
    const sent = await statuses(intake.baseUrl, 5, (i) => ({ "x-forwarded-for": `198.51.100.${20 + i}`, "idempotency-key": "replayed-key-0001" }));
    expect(sent).toEqual([202, 202, 202, 429, 429]);
    await intake.close();
  });

  it("never limits a direct caller on loopback (the simulator, the benchmark), but does a proxy on loopback nobody trusts", async () => {
    const intake = await startIntake(running, strict, "");
    expect(new Set(await statuses(intake.baseUrl, 12, () => ({})))).toEqual(new Set([202]));
    const proxied = await statuses(intake.baseUrl, 7, () => ({ "x-forwarded-for": "198.51.100.9" }));
    expect(proxied.slice(5)).toEqual([429, 429]);
    await intake.close();
  });
});
