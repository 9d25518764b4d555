import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deleteRedisPrefix } from "./redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";
import { spawnServer, type RunningServer } from "./spawn-server";

export type StorageKind = "postgres" | "pglite";

export interface ServerOnStorage {
  server: RunningServer;
  /** The scratch PostgreSQL database, to look at rows directly; none on PGlite. */
  database: ScratchDatabase | undefined;
  /** Stops the server and removes its database or PGlite folder and its Redis keys. */
  stop(): Promise<void>;
}

/** The real server on a scratch PostgreSQL database or on embedded PGlite in a temporary folder. */
export async function spawnServerOn(kind: StorageKind, env: Record<string, string> & { REDIS_PREFIX: string }): Promise<ServerOnStorage> {
  const database = kind === "postgres" ? await createScratchDatabase() : undefined;
  const pgliteDir = kind === "pglite" ? mkdtempSync(path.join(tmpdir(), "tonglan-pglite-")) : undefined;
  const server = await spawnServer({ ...env, ...(database ? { DATABASE_URL: database.url } : { PGLITE_DIR: pgliteDir! }) });
  return {
    server,
    database,
    async stop() {
      await server.stop();
      await deleteRedisPrefix(env.REDIS_PREFIX);
      await database?.drop();
      if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    },
  };
}
