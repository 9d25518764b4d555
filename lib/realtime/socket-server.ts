import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { Server, type DefaultEventsMap } from "socket.io";
import {
  catchUpRequestSchema,
  type CatchUpResponse,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@/lib/contracts/socket-events";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { mayReadScreenText, mayWatchScreen } from "@/lib/domain/identity/screen-access";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import type { DeltaLog } from "./delta-log";
import { maskCatchUp } from "./mask-deltas";
import { redisKeys } from "./redis-keys";
import { socketMessageParser } from "./socket-message-parser";
import { roomsFor } from "./socket-rooms";

/** Who is on the other end of a socket; null for an anonymous wall screen. */
export interface SocketData {
  actor: Actor | null;
}

export type ScreenServer = Server<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;

export interface SocketServerDeps {
  /** Leave WebSocket upgrades that are not socket.io's alone (Next's hot reload in development). */
  shareUpgrades?: boolean;
  pubClient: Redis;
  subClient: Redis;
  prefix: string;
  deltaLog: DeltaLog;
  /** A session token → its actor, or null when unknown or expired. */
  resolveActor: (token: string) => Promise<Actor | null>;
  /** Anonymous sockets may watch the wall screen; otherwise they are refused. */
  publicScreen: boolean;
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
    (token ? deps.resolveActor(token) : Promise.resolve(null)).then(
      (actor) => {
        if (!actor && !deps.publicScreen) return next(new Error("unauthorized"));
        socket.data.actor = actor;
        next();
      },
      (error: Error) => {
        console.error("[socket] session check failed:", error.message);
        next(new Error("session check failed"));
      },
    );
  });
  io.on("connection", (socket) => {
    void socket.join(roomsFor(socket.data.actor, deps.publicScreen));
    socket.on("catch-up", (request, ack) => {
      if (typeof ack !== "function") return;
      // The delta log is the whole city's: only sockets that watch the wall screen may replay it.
      if (!mayWatchScreen(socket.data.actor, deps.publicScreen)) {
        ack({ ok: false, error: "forbidden" });
        return;
      }
      const parsed = catchUpRequestSchema.safeParse(request);
      if (!parsed.success) {
        ack({ ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
        return;
      }
      const replay = mayReadScreenText(socket.data.actor) ? ack : (response: CatchUpResponse) => ack(maskCatchUp(response));
      deps.deltaLog.since(parsed.data.afterSeq).then(replay, (error: Error) => ack({ ok: false, error: error.message }));
    });
  });
  return io;
}
