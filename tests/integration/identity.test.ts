import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simulatedDispatcherUsername, simulatedUsers } from "@/lib/city/shanghai/simulated-users";
import { meResponseSchema, signInResponseSchema } from "@/lib/contracts/identity";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { waitForDelta } from "../support/screen-client";
import { postEvent, sampleReport } from "../support/sample-events";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { connectWithCookie, signInCookie, signInRequest } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

const demoRoles = {
  resident: "resident",
  resident2: "resident",
  worker: "grid_worker",
  worker2: "grid_worker",
  water: "department_staff",
  police: "department_staff",
  dispatcher: "dispatcher",
  operator: "operator",
  leader: "leader",
  admin: "admin",
} as const;

const me = (baseUrl: string, cookie?: string) => fetch(`${baseUrl}/api/auth/me`, { headers: cookie ? { cookie } : {} });
const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);

describe("identity: sign-in, sessions and socket scope on Postgres", () => {
  const prefix = uniquePrefix("identity");
  let database: ScratchDatabase;
  let server: RunningServer;
  let privateServer: RunningServer;

  beforeAll(async () => {
    database = await createScratchDatabase();
    const env = { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" };
    server = await spawnServer(env);
    // A second web process on the same data with the wall screen closed to anonymous sockets.
    privateServer = await spawnServer({ ...env, ROLE: "web", PUBLIC_SCREEN: "false" });
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), privateServer?.stop()]);
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("signs in every demo role with a session cookie, and /api/auth/me tells who it is", async () => {
    for (const [username, role] of Object.entries(demoRoles)) {
      const response = await signInRequest(server.baseUrl, username);
      expect(response.status, username).toBe(200);
      const body = signInResponseSchema.parse(await response.json());
      expect(body.user).toMatchObject({ username, role });
      const [setCookie] = response.headers.getSetCookie();
      expect(setCookie).toMatch(/^tonglan_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);

      const cookie = setCookie!.split(";")[0]!;
      const answer = await me(server.baseUrl, cookie);
      expect(answer.status).toBe(200);
      const json = await answer.json();
      expect(JSON.stringify(json)).not.toMatch(/password|scrypt/);
      expect(meResponseSchema.parse(json).user).toMatchObject({ username, role });
    }
    const worker = meResponseSchema.parse(await (await me(server.baseUrl, await signInCookie(server.baseUrl, "worker"))).json());
    expect(worker.user).toMatchObject({ workerId: "W0001", department: null });
    const water = meResponseSchema.parse(await (await me(server.baseUrl, await signInCookie(server.baseUrl, "water"))).json());
    expect(water.user).toMatchObject({ department: "water", workerId: null });
  });

  it("marks the cookie Secure when the request came over https", async () => {
    const response = await signInRequest(server.baseUrl, "operator", undefined, { "x-forwarded-proto": "https" });
    expect(response.headers.getSetCookie()[0]).toMatch(/; Secure$/);
  });

  it("stores hashed passwords and only a SHA-256 of each session token", async () => {
    const cookie = await signInCookie(server.baseUrl, "leader");
    const token = tokenOf(cookie);
    const sessions = await database.query<{ token_hash: string }>("SELECT token_hash FROM sessions");
    expect(sessions.map((s) => s.token_hash)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    const users = await database.query<{ username: string; password_hash: string }>("SELECT username, password_hash FROM users");
    for (const { password_hash } of users) expect(password_hash).toMatch(/^scrypt\$/);
    // Each demo account has its own salt; the simulator's accounts share one hash of the published demo password.
    const simulated = new Set(simulatedUsers.map((u) => u.username));
    const own = users.filter((u) => !simulated.has(u.username));
    expect(own.length).toBeGreaterThanOrEqual(Object.keys(demoRoles).length);
    expect(new Set(own.map((u) => u.password_hash)).size).toBe(own.length);
    expect(users.length - own.length).toBe(simulatedUsers.length);
  });

  it("answers a wrong password and an unknown user with the same 401, and no session without a cookie", async () => {
    const wrong = await signInRequest(server.baseUrl, "dispatcher", "not-the-password");
    const unknown = await signInRequest(server.baseUrl, "no-such-user", "not-the-password");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await me(server.baseUrl)).status).toBe(401);
    expect((await me(server.baseUrl, "tonglan_session=forged")).status).toBe(401);
  });

  it("limits sign-in attempts per username and address with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signInRequest(server.baseUrl, "rate-limited", "guess")).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    const limited = await signInRequest(server.baseUrl, "rate-limited", "guess");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another username from the same address is not held back.
    expect((await signInRequest(server.baseUrl, "operator")).status).toBe(200);
  });

  it("keys the sign-in limit on the socket, not on an X-Forwarded-For the client made up", async () => {
    // An account no other test signs in as, so that its ten attempts this minute are all this test's.
    const username = simulatedDispatcherUsername;
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const forged = { "x-forwarded-for": `203.0.113.${i + 1}`, "x-tonglan-client-address": `198.51.100.${i + 1}` };
      statuses.push((await signInRequest(server.baseUrl, username, `guess-${i}`, forged)).status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(50).fill(429)]);
    const right = await signInRequest(server.baseUrl, username, undefined, { "x-forwarded-for": "203.0.113.61" });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Counted under the socket's address, which server.ts passed on to the route.
    const redis = new Redis(testRedisUrl);
    expect(await redis.exists(`${prefix}:ratelimit:sign-in:${username}:127.0.0.1`)).toBe(1);
    redis.disconnect();
  });

  it("ends a session on sign-out and when it expires", async () => {
    const cookie = await signInCookie(server.baseUrl, "resident");
    expect((await me(server.baseUrl, cookie)).status).toBe(200);
    const out = await fetch(`${server.baseUrl}/api/auth/sign-out`, { method: "POST", headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^tonglan_session=; Path=\/; Max-Age=0/);
    expect((await me(server.baseUrl, cookie)).status).toBe(401);

    const expiring = await signInCookie(server.baseUrl, "resident");
    const hash = createHash("sha256").update(tokenOf(expiring)).digest("hex");
    await database.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [hash]);
    expect((await me(server.baseUrl, expiring)).status).toBe(401);
  });

  it("disconnects a session's sockets on the other web process when it signs out", async () => {
    const cookie = await signInCookie(server.baseUrl, "operator");
    const onOther = await connectWithCookie(privateServer.baseUrl, cookie);
    const gone = new Promise<string>((resolve) => onOther.socket.once("disconnect", resolve));
    expect((await fetch(`${server.baseUrl}/api/auth/sign-out`, { method: "POST", headers: { cookie } })).status).toBe(204);
    expect(await gone).toBe("io server disconnect");
  });

  it("serves the sign-in page in Chinese and English, listing the demo accounts of the demo city", async () => {
    const zh = await (await fetch(`${server.baseUrl}/sign-in`)).text();
    expect(zh).toContain("一网统管 · 登录");
    expect(zh).toContain("演示账号");
    expect(zh).toContain("dispatcher");
    const en = await (await fetch(`${server.baseUrl}/sign-in?lang=en&next=/dispatch`)).text();
    expect(en).toContain("Demo accounts");
  });

  it("keeps a resident's socket out of the screen room beside a dispatcher's", async () => {
    const dispatcher = await connectWithCookie(server.baseUrl, await signInCookie(server.baseUrl, "dispatcher"));
    const resident = await connectWithCookie(server.baseUrl, await signInCookie(server.baseUrl, "resident2"));
    try {
      const description = `identity ${prefix} screen room`;
      expect((await postEvent(server.baseUrl, sampleReport({ description }))).status).toBe(202);
      await waitForDelta(dispatcher.socket, dispatcher.deltas, (d) => d.kind === "case" && d.case.description === description);
      expect(resident.deltas).toEqual([]);
      const replay = await new Promise<CatchUpResponse>((resolve) => resident.socket.emit("catch-up", { afterSeq: 0 }, resolve));
      expect(replay).toEqual({ ok: false, error: "forbidden" });
    } finally {
      dispatcher.socket.close();
      resident.socket.close();
    }
  });

  it("with PUBLIC_SCREEN=false refuses anonymous sockets, admits department staff and puts a dispatcher in the screen room", async () => {
    await expect(connectWithCookie(privateServer.baseUrl)).rejects.toThrow("unauthorized");
    await expect(connectWithCookie(privateServer.baseUrl, "tonglan_session=forged")).rejects.toThrow("unauthorized");

    // Sessions live in the database, so a cookie from one web process works on another.
    const staff = await connectWithCookie(privateServer.baseUrl, await signInCookie(server.baseUrl, "water"));
    const dispatcher = await connectWithCookie(privateServer.baseUrl, await signInCookie(privateServer.baseUrl, "dispatcher"));
    try {
      const description = `identity ${prefix} private screen`;
      expect((await postEvent(privateServer.baseUrl, sampleReport({ description }))).status).toBe(202);
      await waitForDelta(dispatcher.socket, dispatcher.deltas, (d) => d.kind === "case" && d.case.description === description);
      expect(staff.socket.connected).toBe(true);
    } finally {
      staff.socket.close();
      dispatcher.socket.close();
    }
  });
});
