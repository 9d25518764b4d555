import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { httpError } from "@/lib/contracts/http-error";
import { loadConfig } from "@/lib/config/env";
import { createAppContext } from "@/lib/runtime/app-context";
import { registerAppContext } from "@/lib/runtime/shared-app-context";
import { prepareData } from "@/lib/runtime/prepare-data";
import { connectRedis } from "@/lib/runtime/redis-connection";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { isIntakeRequest, serveIntake } from "@/lib/http/intake-endpoint";
import { createIntakeLimiter } from "@/lib/http/intake-limiter";
import { createSnapshotEndpoint, isSnapshotRequest } from "@/lib/http/snapshot-endpoint";
import { startWorkers } from "@/workers/main";

/**
 * One entry point for every process. ROLE=all (default) runs Next, socket.io and every worker in
 * one process; ROLE=web and ROLE=worker split them so several of each can share Redis and Postgres.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const starting = createAppContext(config);
  registerAppContext(starting);
  const app = await starting;
  await prepareData(app);
  const closers: (() => Promise<void>)[] = [];

  if (config.ROLE !== "web") {
    const workers = await startWorkers(app);
    closers.push(() => workers.close());
  }

  if (config.ROLE !== "worker") {
    const dev = config.NODE_ENV === "development";
    const nextApp = next({ dev, hostname: config.HOST, port: config.PORT, dir: process.cwd() });
    await nextApp.prepare();
    const handle = nextApp.getRequestHandler();
    const intake = {
      ...app,
      maxEventBytes: config.MAX_EVENT_BYTES,
      trustedProxies: config.TRUSTED_PROXIES,
      limiter: createIntakeLimiter(app.redis, config.REDIS_PREFIX, {
        perAddressPerMinute: config.INTAKE_PER_ADDRESS_PER_MINUTE,
        perUserPerMinute: config.INTAKE_PER_USER_PER_MINUTE,
        perKeyPerMinute: config.INTAKE_PER_KEY_PER_MINUTE,
        exempt: config.INTAKE_LIMIT_EXEMPT,
      }),
    };
    const serveSnapshot = createSnapshotEndpoint({
      db: app.database.db,
      deltaLog: app.deltaLog,
      positions: app.positions,
      publicScreen: config.PUBLIC_SCREEN,
    });
    const httpServer = createServer((req, res) => {
      if (isIntakeRequest(req)) {
        serveIntake(intake, req, res).catch(answerFailure(res, "intake", "the event could not be taken"));
      } else if (isSnapshotRequest(req)) {
        serveSnapshot(req, res).catch(answerFailure(res, "snapshot", "the snapshot could not be read"));
      } else {
        // Replaces any copy the client sent: route handlers trust this header, and only this server writes
        // it. The intake resolves the address itself, so its hot path does this once, not twice.
        req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
          peer: req.socket.remoteAddress,
          forwardedFor: req.headers["x-forwarded-for"],
          trustedProxies: config.TRUSTED_PROXIES,
        });
        void handle(req, res);
      }
    });
    const [pubClient, subClient] = await Promise.all([
      connectRedis(config.REDIS_URL, "subscriber"),
      connectRedis(config.REDIS_URL, "subscriber"),
    ]);
    const io = attachSocketServer(httpServer, {
      shareUpgrades: dev,
      pubClient,
      subClient,
      prefix: config.REDIS_PREFIX,
      deltaLog: app.deltaLog,
      resolveSession: (token, options) => resolveSession(app.database.db, token, new Date(), options),
      publicScreen: config.PUBLIC_SCREEN,
      sessionCheckMs: config.SOCKET_SESSION_CHECK_MS,
      catchUpsPer10s: config.SOCKET_CATCH_UPS_PER_10S,
      catchUpsPerAddressPer10s: config.SOCKET_CATCH_UPS_PER_ADDRESS_PER_10S,
      trustedProxies: config.TRUSTED_PROXIES,
    });
    await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
    const address = httpServer.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    console.log(`[tonglan] ${config.ROLE} listening on http://${config.HOST}:${port} (${app.database.kind})`);
    closers.push(async () => {
      await io.close();
      pubClient.disconnect();
      subClient.disconnect();
      await nextApp.close();
    });
  } else {
    console.log(`[tonglan] worker started (${app.database.kind})`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[tonglan] ${signal}: shutting down`);
    // Open keep-alive or hot-reload connections must not keep a stopped server alive.
    setTimeout(() => {
      console.error("[tonglan] shutdown took too long; exiting");
      process.exit(1);
    }, 15_000).unref();
    for (const close of closers) await close().catch((e: Error) => console.error("[tonglan] close:", e.message));
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

function answerFailure(res: ServerResponse, route: string, message: string) {
  return (error: Error) => {
    console.error(`[${route}]`, error.message);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify(httpError("internal", message)));
  };
}

main().catch((error: unknown) => {
  console.error("[tonglan] failed to start:", error);
  process.exit(1);
});
