import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotSchema } from "@/lib/contracts/snapshot";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** The routes around the wall screen answer by role: the screen's own rule, the operators' dead letters, the public catalogue. */
describe("route access by role", () => {
  const prefix = uniquePrefix("access");
  let database: ScratchDatabase;
  let publicServer: RunningServer;
  let privateServer: RunningServer;
  const cookies: Record<string, string> = {};

  const get = (server: RunningServer, path: string, who?: string) =>
    fetch(`${server.baseUrl}${path}`, { headers: who ? { cookie: cookies[who]! } : {}, redirect: "manual" });
  const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  beforeAll(async () => {
    database = await createScratchDatabase();
    const env = { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" };
    publicServer = await spawnServer(env);
    // A second web process on the same data with the wall screen closed to anonymous viewers.
    privateServer = await spawnServer({ ...env, ROLE: "web", PUBLIC_SCREEN: "false" });
    for (const who of ["resident", "worker", "water", "dispatcher", "operator", "leader", "admin"]) {
      cookies[who] = await signInCookie(publicServer.baseUrl, who);
    }
  });

  afterAll(async () => {
    await Promise.all([publicServer?.stop(), privateServer?.stop()]);
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("serves the snapshot to anonymous viewers only while the screen is public", async () => {
    const open = await get(publicServer, "/api/snapshot");
    expect(open.status).toBe(200);
    // Compressed once for every screen that asks (fetch takes gzip and undoes it).
    expect(open.headers.get("content-encoding")).toBe("gzip");
    expect(snapshotSchema.parse(await open.json()).seq).toBeGreaterThanOrEqual(0);

    const head = await fetch(`${publicServer.baseUrl}/api/snapshot`, { method: "HEAD" });
    expect(head.status).toBe(200);
    const posted = await fetch(`${publicServer.baseUrl}/api/snapshot`, { method: "POST" });
    expect(posted.status).toBe(405);
    expect(posted.headers.get("allow")).toBe("GET, HEAD");

    const closed = await get(privateServer, "/api/snapshot");
    expect(closed.status).toBe(401);
    expect(await errorCode(closed)).toBe("unauthenticated");
    const forged = await fetch(`${privateServer.baseUrl}/api/snapshot`, { headers: { cookie: "tonglan_session=forged" } });
    expect(forged.status).toBe(401);
  });

  it("serves the snapshot to the roles that watch the screen, and refuses the others whether or not it is public", async () => {
    for (const server of [publicServer, privateServer]) {
      for (const who of ["operator", "leader", "dispatcher", "admin"]) {
        const response = await get(server, "/api/snapshot", who);
        expect(response.status, who).toBe(200);
        snapshotSchema.parse(await response.json());
      }
      for (const who of ["resident", "worker", "water"]) {
        const response = await get(server, "/api/snapshot", who);
        expect(response.status, who).toBe(403);
        expect(await errorCode(response)).toBe("forbidden");
      }
    }
  });

  it("shows dead letters, with their raw payloads, to operators and admins only", async () => {
    const anonymous = await get(publicServer, "/api/dead-letters");
    expect(anonymous.status).toBe(401);
    expect(await errorCode(anonymous)).toBe("unauthenticated");
    for (const who of ["dispatcher", "leader", "water", "worker", "resident"]) {
      const response = await get(publicServer, "/api/dead-letters", who);
      expect(response.status, who).toBe(403);
      expect(await errorCode(response)).toBe("forbidden");
    }
    for (const who of ["operator", "admin"]) {
      const response = await get(publicServer, "/api/dead-letters", who);
      expect(response.status, who).toBe(200);
      expect(await response.json()).toMatchObject({ count: expect.any(Number), jobs: expect.any(Array) });
    }
  });

  it("keeps the catalogue public, for residents who report without an account", async () => {
    for (const server of [publicServer, privateServer]) {
      const response = await get(server, "/api/catalogue");
      expect(response.status).toBe(200);
      expect(((await response.json()) as { categories: unknown[] }).categories.length).toBeGreaterThan(0);
    }
  });

  it("sends the wall screen page to sign-in when it is not public, and other roles to their own home", async () => {
    expect((await get(publicServer, "/")).status).toBe(200);
    const anonymous = await get(privateServer, "/");
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/\/sign-in\?next=%2F$/);
    const operator = await get(privateServer, "/", "operator");
    expect(operator.status).toBe(200);
    expect(await operator.text()).toContain("<html");
    for (const [who, home] of [["resident", "/report"], ["worker", "/m"], ["water", "/m"]] as const) {
      const response = await get(privateServer, "/", who);
      expect(response.status, who).toBe(307);
      expect(new URL(response.headers.get("location")!, privateServer.baseUrl).pathname, who).toBe(home);
    }
  });
});
