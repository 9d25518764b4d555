import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { deleteSession, insertSession } from "@/lib/db/repositories/sessions.repository";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import { hashSessionToken, newSessionToken } from "@/lib/domain/identity/session-token";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { signIn } from "@/lib/pipeline/sign-in";
import { signOut } from "@/lib/pipeline/sign-out";
import { attachSocketServer, type ScreenServer } from "@/lib/realtime/socket-server";
import { aCase } from "../unit/live/live-fixtures";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { uniquePrefix, testRedisUrl } from "../support/services";
import { connectWithCookie } from "../support/session-client";
import type { ScreenSocket } from "../support/screen-client";

interface WebProcess {
  baseUrl: string;
  io: ScreenServer;
  close(): Promise<void>;
}

const disconnected = (socket: ScreenSocket) =>
  new Promise<string>((resolve) => (socket.connected ? socket.once("disconnect", resolve) : resolve("already")));

/** Two (or three) socket.io servers on one Redis adapter, as separate web processes would run them. */
describe("sockets end with their session, on every web process", () => {
  const prefix = uniquePrefix("socket-sessions");
  let running: InProcessApp;
  let webA: WebProcess, webB: WebProcess, quick: WebProcess;

  async function startWeb(sessionCheckMs: number): Promise<WebProcess> {
    const { app } = running;
    const pubClient = new Redis(testRedisUrl);
    const subClient = new Redis(testRedisUrl);
    const http: HttpServer = createServer();
    const io = attachSocketServer(http, {
      pubClient,
      subClient,
      prefix,
      deltaLog: app.deltaLog,
      resolveSession: (token, options) => resolveSession(app.database.db, token, new Date(), options),
      publicScreen: true,
      sessionCheckMs,
      catchUpsPer10s: 100,
      catchUpsPerAddressPer10s: 1_000,
      trustedProxies: [],
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    return {
      baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      io,
      async close() {
        await io.close();
        pubClient.disconnect();
        subClient.disconnect();
      },
    };
  }

  const sessionOf = async (username: string) => {
    const outcome = await signIn(running.app.database.db, { username, password: DEMO_PASSWORD }, new Date());
    if (!outcome.ok) throw new Error(`sign-in as ${username} failed`);
    return { token: outcome.token, cookie: `${SESSION_COOKIE}=${outcome.token}` };
  };
  const publishCase = (id: string) => running.app.publisher.publish([{ kind: "case", case: aCase(id) }]);

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    await seedDemoUsers(running.app.database.db, demoUsers, DEMO_PASSWORD);
    [webA, webB, quick] = await Promise.all([startWeb(60_000), startWeb(60_000), startWeb(200)]);
  });
  afterAll(async () => {
    await Promise.all([webA, webB, quick].map((web) => web?.close()));
    await running?.stop();
  });

  it("disconnects a socket on server B when its session signs out through server A, and leaves others be", async () => {
    const leaving = await sessionOf("dispatcher");
    const staying = await sessionOf("operator");
    const onB = await connectWithCookie(webB.baseUrl, leaving.cookie);
    const otherOnB = await connectWithCookie(webB.baseUrl, staying.cookie);
    await publishCase("before-sign-out");
    await expect.poll(() => onB.deltas.map((d) => d.kind === "case" && d.case.id)).toContain("before-sign-out");

    const gone = disconnected(onB.socket);
    await signOut({ db: running.app.database.db, sockets: webA.io }, leaving.token);
    expect(await gone).toBe("io server disconnect");

    await publishCase("after-sign-out");
    await expect.poll(() => otherOnB.deltas.map((d) => d.kind === "case" && d.case.id)).toContain("after-sign-out");
    expect(onB.deltas.map((d) => d.kind === "case" && d.case.id)).not.toContain("after-sign-out");
    expect(otherOnB.socket.connected).toBe(true);
    otherOnB.socket.close();
  });

  it("disconnects through the Redis emitter too, for sign-outs in processes without a socket server", async () => {
    const session = await sessionOf("leader");
    const sockets = await Promise.all([connectWithCookie(webA.baseUrl, session.cookie), connectWithCookie(webB.baseUrl, session.cookie)]);
    const gone = sockets.map((s) => disconnected(s.socket));
    await signOut({ db: running.app.database.db, sockets: running.app.sockets }, session.token);
    expect(await Promise.all(gone)).toEqual(["io server disconnect", "io server disconnect"]);
  });

  it("disconnects a socket when its session expires", async () => {
    const token = newSessionToken();
    const now = Date.now();
    await insertSession(running.app.database.db, {
      tokenHash: hashSessionToken(token),
      userId: "user-admin",
      createdAt: new Date(now),
      expiresAt: new Date(now + 1_500),
    });
    const screen = await connectWithCookie(webB.baseUrl, `${SESSION_COOKIE}=${token}`);
    await publishCase("before-expiry");
    await expect.poll(() => screen.deltas.map((d) => d.kind === "case" && d.case.id)).toContain("before-expiry");
    expect(await disconnected(screen.socket)).toBe("io server disconnect");
    expect(Date.now()).toBeGreaterThanOrEqual(now + 1_500);
  });

  it("refuses a catch-up once the session is gone, even when no disconnect reached the socket", async () => {
    const session = await sessionOf("operator");
    const screen = await connectWithCookie(webB.baseUrl, session.cookie);
    const gone = disconnected(screen.socket);
    // A first catch-up is answered once its own look at the session is done, by when the look every
    // new socket takes has been done too: the one below must be the catch-up's, not that one.
    const first = await new Promise<CatchUpResponse>((resolve) => screen.socket.emit("catch-up", { afterSeq: 0 }, resolve));
    expect(first.ok).toBe(true);
    // Removed behind the sockets' back: no sign-out, no broadcast.
    await deleteSession(running.app.database.db, hashSessionToken(session.token));
    const answer = await new Promise<CatchUpResponse>((resolve) => screen.socket.emit("catch-up", { afterSeq: 0 }, resolve));
    expect(answer).toEqual({ ok: false, error: "unauthorized" });
    await gone;
  });

  it("disconnects the sockets of a user whose role changed, within a check interval", async () => {
    const session = await sessionOf("admin");
    const screen = await connectWithCookie(quick.baseUrl, session.cookie);
    const gone = disconnected(screen.socket);
    await running.database.query("UPDATE users SET role = 'resident' WHERE username = 'admin'");
    expect(await gone).toBe("io server disconnect");
    await running.database.query("UPDATE users SET role = 'admin' WHERE username = 'admin'");
  });
});
