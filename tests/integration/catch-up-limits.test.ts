import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UnsequencedDelta } from "@/lib/contracts/delta";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { parseAddressRanges } from "@/lib/http/address-range";
import { DeltaLog } from "@/lib/realtime/delta-log";
import { attachSocketServer, type ScreenServer } from "@/lib/realtime/socket-server";
import { aCase } from "../unit/live/live-fixtures";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import type { ScreenSocket } from "../support/screen-client";
import { testRedisUrl, uniquePrefix } from "../support/services";

const CAP = 2_000;
const PER_10S = 3;
const PER_ADDRESS = 10;

const catchUp = (socket: ScreenSocket, afterSeq: number) =>
  new Promise<CatchUpResponse>((resolve) => socket.emit("catch-up", { afterSeq }, resolve));

describe("catch-up on a real socket.io server: budgeted per socket, capped per answer", () => {
  const prefix = uniquePrefix("catch-up");
  const redis = { pub: new Redis(testRedisUrl), sub: new Redis(testRedisUrl), commands: new Redis(testRedisUrl) };
  let http: HttpServer;
  let io: ScreenServer;
  let baseUrl: string;
  let current: number;

  /** A screen whose client address, as our trusted proxy (loopback) reports it, is `address`. */
  const screenAt = async (address: string) => {
    const socket: ScreenSocket = connect(baseUrl, { transports: ["websocket"], reconnection: false, extraHeaders: { "x-forwarded-for": address } });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    return socket;
  };

  beforeAll(async () => {
    const deltaLog = new DeltaLog(redis.commands, prefix, 20_000, CAP);
    const deltas: UnsequencedDelta[] = Array.from({ length: 3_000 }, (_, i) => ({ kind: "case", case: aCase(`c${i}`) }));
    current = (await deltaLog.append(deltas)).at(-1)!.seq;
    http = createServer();
    io = attachSocketServer(http, {
      pubClient: redis.pub,
      subClient: redis.sub,
      prefix,
      deltaLog,
      resolveSession: () => Promise.resolve(null),
      publicScreen: true,
      sessionCheckMs: 60_000,
      catchUpsPer10s: PER_10S,
      catchUpsPerAddressPer10s: PER_ADDRESS,
      trustedProxies: parseAddressRanges("127.0.0.1"),
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await io?.close();
    for (const connection of Object.values(redis)) connection.disconnect();
    await deleteRedisPrefix(prefix);
  });

  it("answers a gap larger than the cap with 'load the snapshot', not megabytes", async () => {
    const socket = await screenAt("198.51.100.1");
    const far = await catchUp(socket, 0);
    expect(far).toEqual({ ok: false, reset: true });
    expect(JSON.stringify(far).length).toBeLessThan(100);
    const near = await catchUp(socket, current - CAP);
    expect(near.ok && near.deltas.length).toBe(CAP);
    socket.close();
  });

  it("refuses catch-ups beyond the socket's budget, saying when to ask again", async () => {
    const socket = await screenAt("198.51.100.2");
    const answers = await Promise.all(Array.from({ length: 20 }, () => catchUp(socket, current - 10)));
    const served = answers.filter((a) => a.ok);
    const refused = answers.filter((a) => !a.ok && "retryAfterMs" in a);
    expect(served).toHaveLength(PER_10S);
    expect(refused).toHaveLength(20 - PER_10S);
    for (const answer of refused) expect(answer).toMatchObject({ ok: false, error: "too many catch-ups", retryAfterMs: expect.any(Number) });
    // Another socket has its own budget.
    const other = await screenAt("198.51.100.2");
    expect((await catchUp(other, current - 10)).ok).toBe(true);
    socket.close();
    other.close();
  });

  it("gives all the sockets of one address one shared budget on top, so many sockets buy no more", async () => {
    const sockets = await Promise.all(Array.from({ length: 3 * PER_ADDRESS }, () => screenAt("2001:db8:7:7::1")));
    const sameSlash64 = await screenAt("2001:db8:7:7::2");
    const answers = await Promise.all([...sockets, sameSlash64].map((socket) => catchUp(socket, current - 10)));
    expect(answers.filter((a) => a.ok)).toHaveLength(PER_ADDRESS);
    const elsewhere = await screenAt("198.51.100.3");
    expect((await catchUp(elsewhere, current - 10)).ok).toBe(true);
    for (const socket of [...sockets, sameSlash64, elsewhere]) socket.close();
  });
});
