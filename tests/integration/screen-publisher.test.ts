import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Delta, UnsequencedDelta } from "@/lib/contracts/delta";
import { SESSION_COOKIE } from "@/lib/contracts/identity";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { DeltaLog } from "@/lib/realtime/delta-log";
import { createScreenPublisher, type ScreenPublisher } from "@/lib/realtime/screen-publisher";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { attachSocketServer, type ScreenServer } from "@/lib/realtime/socket-server";
import { aCase, aWorker } from "../unit/live/live-fixtures";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import type { ScreenSocket } from "../support/screen-client";
import { testRedisUrl, uniquePrefix } from "../support/services";

const actors: Record<string, Actor> = {
  w7: { role: "grid_worker", id: "u7", workerId: "W7" },
  w8: { role: "grid_worker", id: "u8", workerId: "W8" },
  water: { role: "department_staff", id: "u-water", department: "water" },
};

const caseTo = (id: string, department: string, assigneeId: string | null, formerAssigneeId?: string): UnsequencedDelta => ({
  kind: "case",
  case: aCase(id, { department, assigneeId }),
  ...(formerAssigneeId && { formerAssigneeId }),
});

/** A socket.io client that keeps every `deltas` message as it came, one array per message. */
async function listen(baseUrl: string, token?: string) {
  const socket: ScreenSocket = connect(baseUrl, {
    transports: ["websocket"],
    reconnection: false,
    ...(token && { extraHeaders: { cookie: `${SESSION_COOKIE}=${token}` } }),
  });
  const messages: Delta[][] = [];
  socket.on("deltas", (deltas) => messages.push(deltas));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return { socket, messages, seqs: () => messages.map((deltas) => deltas.map((d) => d.seq)) };
}

type Listener = Awaited<ReturnType<typeof listen>>;

describe("one publish on a real socket.io server with the Redis adapter", () => {
  const prefix = uniquePrefix("publisher");
  const redis = { pub: new Redis(testRedisUrl), sub: new Redis(testRedisUrl), emitter: new Redis(testRedisUrl) };
  let http: HttpServer;
  let io: ScreenServer;
  let screen: Listener, w7: Listener, w8: Listener, water: Listener;
  let published: Delta[];
  let publisher: ScreenPublisher;

  beforeAll(async () => {
    const deltaLog = new DeltaLog(redis.emitter, prefix, 1_000, 1_000);
    http = createServer();
    io = attachSocketServer(http, {
      pubClient: redis.pub,
      subClient: redis.sub,
      prefix,
      deltaLog,
      resolveSession: (token) => {
        const actor = actors[token];
        return Promise.resolve(actor ? { actor, sessionId: token, expiresAt: new Date(Date.now() + 3_600_000) } : null);
      },
      publicScreen: true,
      sessionCheckMs: 60_000,
      catchUpsPer10s: 3,
      catchUpsPerAddressPer10s: 1_000,
      trustedProxies: [],
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    [screen, w7, w8, water] = await Promise.all([listen(baseUrl), listen(baseUrl, "w7"), listen(baseUrl, "w8"), listen(baseUrl, "water")]);
    // No role watches the screen and sits in a worker's room today; this one does, to show it still hears each delta once.
    io.in(screen.socket.id!).socketsJoin("worker:W7");

    publisher = createScreenPublisher(redis.emitter, prefix, deltaLog);
    published = await publisher.publish([
      caseTo("a", "water", "W7"),
      caseTo("b", "water", "W8"),
      { kind: "worker", worker: aWorker("W7") },
      caseTo("c", "water", "W8", "W7"),
      caseTo("d", "water", "W7"),
      caseTo("e", "water", "W7", "W8"),
      caseTo("f", "roads", null),
    ]);
  });

  afterAll(async () => {
    for (const client of [screen, w7, w8, water]) client?.socket.disconnect();
    await io?.close();
    for (const connection of Object.values(redis)) connection.disconnect();
    await deleteRedisPrefix(prefix);
  });

  // Each socket gets its messages in the order they were emitted: once the last expected one is in, any duplicate would be too.
  const settled = async (client: Listener, lastSeq: number) => {
    await expect.poll(() => client.seqs().flat()).toContain(lastSeq);
    return client.seqs();
  };

  it("numbers the batch in order", () => {
    expect(published.map((d) => d.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("sends the screens the whole batch in one message, each delta once", async () => {
    expect(await settled(screen, 7)).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
    expect(screen.messages.flat()).toEqual(published);
  });

  it("sends each room only its deltas, grouped the same way", async () => {
    expect(await settled(w7, 6)).toEqual([[1, 5], [4, 6]]);
    expect(await settled(w8, 6)).toEqual([[2], [4, 6]]);
    expect(await settled(water, 6)).toEqual([[1, 5], [2], [4, 6]]);
  });

  it("sends the screens a case change as a patch and the rooms the whole case under the same seq, and replays the patch in a catch-up", async () => {
    const moved = aCase("a", { department: "water", assigneeId: "W8", assigneeName: "李四", stage: "dispatched", version: 2 });
    const [patch] = await publisher.publish([{ kind: "case-change", case: moved, changed: ["assigneeId", "assigneeName"], formerAssigneeId: "W7" }]);
    expect(patch).toEqual({ seq: 8, kind: "case-patch", id: "a", version: 2, set: { assigneeId: "W8", assigneeName: "李四" } });
    const whole = { seq: 8, kind: "case", case: moved, formerAssigneeId: "W7" };
    for (const room of [w7, w8, water]) await expect.poll(() => room.messages.at(-1)).toEqual([whole]);
    // The screen also sits in W7's room: it hears the patch, once.
    await expect.poll(() => screen.messages.at(-1)).toEqual([patch]);
    expect(screen.messages.flat().filter((d) => d.seq === 8)).toHaveLength(1);
    const replay = await new Promise<CatchUpResponse>((resolve) => screen.socket.emit("catch-up", { afterSeq: 7 }, resolve));
    expect(replay).toEqual({ ok: true, deltas: [patch] });
  });
});
