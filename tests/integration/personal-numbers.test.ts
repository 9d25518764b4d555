import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import type { Delta } from "@/lib/contracts/delta";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import { snapshotSchema } from "@/lib/contracts/snapshot";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { createSnapshotEndpoint, isSnapshotRequest } from "@/lib/http/snapshot-endpoint";
import { listCasesFor } from "@/lib/pipeline/list-cases";
import { loadCaseDetail } from "@/lib/pipeline/load-case-detail";
import { recordEvents } from "@/lib/pipeline/record-events";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { signIn } from "@/lib/pipeline/sign-in";
import { attachSocketServer, type ScreenServer } from "@/lib/realtime/socket-server";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScreenSocket } from "../support/screen-client";
import { sampleReport } from "../support/sample-events";
import { testRedisUrl, uniquePrefix } from "../support/services";

const typed = "井盖丢失，请联系 13812345678 或 021-62345678，身份证 31010119900101123X，预约 2026-12-06 10:00";
const masked = "井盖丢失，请联系 138****5678 或 021-62****78，身份证 3101**********123X，预约 2026-12-06 10:00";

/** Numbers typed into a report reach, as written, only those who may see the reporter's phone. */
describe("personal numbers in a case's text, on real Redis, Postgres and socket.io", () => {
  const prefix = uniquePrefix("numbers");
  let running: InProcessApp;
  let app: AppContext;
  let http: HttpServer;
  let io: ScreenServer;
  let baseUrl: string;
  const redis = { pub: new Redis(testRedisUrl), sub: new Redis(testRedisUrl) };
  const tokens: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  const sockets: Record<string, { socket: ScreenSocket; deltas: Delta[] }> = {};
  let caseId: string;

  async function listen(who: string) {
    const token = tokens[who];
    const socket: ScreenSocket = connect(baseUrl, {
      transports: ["websocket"],
      reconnection: false,
      ...(token && { extraHeaders: { cookie: `${SESSION_COOKIE}=${token}` } }),
    });
    const deltas: Delta[] = [];
    socket.on("deltas", (batch) => deltas.push(...batch));
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    sockets[who] = { socket, deltas };
  }

  const heard = async (who: string) => {
    const { deltas } = sockets[who]!;
    await expect.poll(() => deltas.some((d) => d.kind === "case" && d.case.id === caseId)).toBe(true);
    return deltas.flatMap((d) => (d.kind === "case" && d.case.id === caseId ? [d.case.description] : []));
  };

  const snapshotDescription = async (who: string) => {
    const response = await fetch(`${baseUrl}/api/snapshot`, { headers: tokens[who] ? { cookie: `${SESSION_COOKIE}=${tokens[who]}` } : {} });
    expect(response.status, who).toBe(200);
    return snapshotSchema.parse(await response.json()).cases.find((c) => c.id === caseId)?.description;
  };

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    app = running.app;
    await seedDemoUsers(app.database.db, demoUsers, DEMO_PASSWORD, { shareOneHash: true });
    for (const who of ["dispatcher", "leader", "water"]) {
      const outcome = await signIn(app.database.db, { username: who, password: DEMO_PASSWORD }, new Date());
      if (!outcome.ok) throw new Error(`sign-in as ${who} failed`);
      tokens[who] = outcome.token;
      actors[who] = (await resolveSession(app.database.db, outcome.token, new Date()))!.actor;
    }
    const serveSnapshot = createSnapshotEndpoint({ db: app.database.db, deltaLog: app.deltaLog, positions: app.positions, publicScreen: true });
    http = createServer((req, res) => {
      if (isSnapshotRequest(req)) void serveSnapshot(req, res);
      else res.writeHead(404).end();
    });
    io = attachSocketServer(http, {
      pubClient: redis.pub,
      subClient: redis.sub,
      prefix,
      deltaLog: app.deltaLog,
      resolveSession: (token, options) => resolveSession(app.database.db, token, new Date(), options),
      publicScreen: true,
      sessionCheckMs: 60_000,
      catchUpsPer10s: 100,
      catchUpsPerAddressPer10s: 1_000,
      trustedProxies: [],
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (const who of ["anonymous", "dispatcher", "leader", "water"]) await listen(who);

    const key = `${prefix}-report`;
    const [recorded] = await recordEvents(
      [
        {
          eventId: eventIdForKey(key),
          idempotencyKey: key,
          receivedAt: new Date().toISOString(),
          report: sampleReport({ category: "sewage_overflow", description: typed }),
        },
      ],
      app.pipeline,
    );
    caseId = recorded!.caseId!;
  });

  afterAll(async () => {
    for (const { socket } of Object.values(sockets)) socket.disconnect();
    await io?.close();
    for (const connection of Object.values(redis)) connection.disconnect();
    await running?.stop();
  });

  it("masks them in the deltas of the public screen, a leader's screen and the department's room, not the desk's", async () => {
    expect(await heard("anonymous")).toEqual([masked]);
    expect(await heard("leader")).toEqual([masked]);
    expect(await heard("water")).toEqual([masked]);
    expect(await heard("dispatcher")).toEqual([typed]);
  });

  it("masks them in the snapshot and the catch-up of those screens alike", async () => {
    expect(await snapshotDescription("anonymous")).toBe(masked);
    expect(await snapshotDescription("leader")).toBe(masked);
    expect(await snapshotDescription("dispatcher")).toBe(typed);
    const catchUp = async (who: string) => {
      const response: CatchUpResponse = await sockets[who]!.socket.emitWithAck("catch-up", { afterSeq: 0 });
      if (!response.ok) throw new Error(`catch-up as ${who} failed`);
      return response.deltas.flatMap((d) => (d.kind === "case" && d.case.id === caseId ? [d.case.description] : []));
    };
    expect(await catchUp("anonymous")).toEqual([masked]);
    expect(await catchUp("dispatcher")).toEqual([typed]);
  });

  it("masks them in the case lists and details of roles that may not see the reporter's phone", async () => {
    const detail = async (who: string) => {
      const outcome = await loadCaseDetail(app.pipeline, caseId, actors[who]!);
      if (!outcome.ok) throw new Error(`${who} may not see the case`);
      return [outcome.detail.case.description, ...outcome.detail.reports.map((r) => r.description)];
    };
    expect(await detail("leader")).toEqual([masked, masked]);
    expect(await detail("water")).toEqual([masked, masked]);
    expect(await detail("dispatcher")).toEqual([typed, typed]);
    const listed = async (who: string) =>
      (await listCasesFor(app.pipeline, { limit: 50 }, actors[who]!)).cases.find((c) => c.id === caseId)?.description;
    expect(await listed("leader")).toBe(masked);
    expect(await listed("dispatcher")).toBe(typed);
  });
});
