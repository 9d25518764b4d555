import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { Server, type DefaultEventsMap } from "socket.io";
import {
  catchUpRequestSchema,
  rooms,
  type CatchUpResponse,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@/lib/contracts/socket-events";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { mayReadScreenText, mayWatchScreen } from "@/lib/domain/identity/screen-access";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import type { AddressRange } from "@/lib/http/address-range";
import { addressBucket, resolveClientAddress } from "@/lib/http/client-address";
import type { DeltaLog } from "./delta-log";
import { maskCatchUp } from "./mask-deltas";
import { redisKeys } from "./redis-keys";
import { socketMessageParser } from "./socket-message-parser";
import { roomsFor } from "./socket-rooms";
import { createCatchUpBudget } from "./catch-up-budget";
import { watchSession, type SessionWatch, type SocketSession } from "./watch-session";

/** Who is on the other end of a socket; null for an anonymous wall screen. */
export interface SocketData {
  actor: Actor | null;
  session: { token: string; value: SocketSession } | null;
}

export type ScreenServer = Server<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;

export interface SocketServerDeps {
  /** Leave WebSocket upgrades that are not socket.io's alone (Next's hot reload in development). */
  shareUpgrades?: boolean;
  pubClient: Redis;
  subClient: Redis;
  prefix: string;
  deltaLog: DeltaLog;
  /** A session token → its session, or null when unknown or expired; `extend: false` reads without counting as a use. */
  resolveSession: (token: string, options: { extend: boolean }) => Promise<SocketSession | null>;
  /** Anonymous sockets may watch the wall screen; otherwise they are refused. */
  publicScreen: boolean;
  /** How often an open socket re-reads its session. */
  sessionCheckMs: number;
  /** Catch-ups one socket may ask for in any 10 s, and all sockets of one client address together. */
  catchUpsPer10s: number;
  catchUpsPerAddressPer10s: number;
  /** Whose X-Forwarded-For names the client of a socket (TRUSTED_PROXIES). */
  trustedProxies: readonly AddressRange[];
}

/** socket.io on the web server's HTTP server; the Redis adapter lets several web processes share rooms. */
export function attachSocketServer(httpServer: HttpServer, deps: SocketServerDeps): ScreenServer {
  const io: ScreenServer = new Server(httpServer, {
    serveClient: false,
    destroyUpgrade: !deps.shareUpgrades,
    adapter: createAdapter(deps.pubClient, deps.subClient, { key: redisKeys(deps.prefix).socketChannel, parser: socketMessageParser }),
  });
  // The session cookie of the handshake decides who the socket is, once, before it may join anything.
  io.use((socket, next) => {
    const token = readSessionCookie(socket.handshake.headers.cookie);
    (token ? deps.resolveSession(token, { extend: true }) : Promise.resolve(null)).then(
      (session) => {
        if (!session && !deps.publicScreen) return next(new Error("unauthorized"));
        socket.data.actor = session?.actor ?? null;
        socket.data.session = session && token ? { token, value: session } : null;
        next();
      },
      (error: Error) => {
        console.error("[socket] session check failed:", error.message);
        next(new Error("session check failed"));
      },
    );
  });
  const catchUpBudget = createCatchUpBudget(deps.catchUpsPer10s, deps.catchUpsPerAddressPer10s);
  io.on("connection", (socket) => {
    const { actor, session } = socket.data;
    const joined = roomsFor(actor, deps.publicScreen);
    let watch: SessionWatch | null = null;
    if (session) {
      joined.push(rooms.session(session.value.sessionId));
      watch = watchSession(session.value, {
        reread: () => deps.resolveSession(session.token, { extend: false }),
        end: () => socket.disconnect(true),
        checkEveryMs: deps.sessionCheckMs,
      });
      socket.once("disconnect", () => watch?.stop());
    }
    void socket.join(joined);

    const address = resolveClientAddress({
      peer: socket.request.socket.remoteAddress,
      forwardedFor: socket.handshake.headers["x-forwarded-for"],
      trustedProxies: deps.trustedProxies,
    });
    const catchUps = catchUpBudget.forSocket(addressBucket(address), Date.now());
    socket.on("catch-up", (request, ack) => {
      if (typeof ack !== "function") return;
      const turn = catchUps.take(Date.now());
      if (!turn.ok) {
        ack({ ok: false, error: "too many catch-ups", retryAfterMs: turn.retryAfterMs });
        return;
      }
      // The delta log is the whole city's: only sockets that watch the wall screen may replay it.
      if (!mayWatchScreen(actor, deps.publicScreen)) {
        ack({ ok: false, error: "forbidden" });
        return;
      }
      const parsed = catchUpRequestSchema.safeParse(request);
      if (!parsed.success) {
        ack({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
        return;
      }
      const replay = mayReadScreenText(socket.data.actor) ? ack : (response: CatchUpResponse) => ack(maskCatchUp(response));
      // A session may have ended since the last look (and its disconnect been missed): look again first.
      (watch ? watch.confirm() : Promise.resolve(true))
        .then(async (holds) => {
          if (holds) return replay(await deps.deltaLog.since(parsed.data.afterSeq));
          ack({ ok: false, error: "unauthorized" });
          socket.disconnect(true);
        })
        .catch((error: Error) => ack({ ok: false, error: error.message }));
    });
  });
  return io;
}
