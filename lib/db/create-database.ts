import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { PGliteDialect } from "./pglite-dialect";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: "postgres" | "pglite";
  /** Runs `work` on one database session, for multi-statement scripts and session locks (migrations). */
  withSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RawSession {
  /** One statement, with parameters. */
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** Several statements, no parameters. */
  exec(script: string): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  pgliteDir: string;
  poolSize?: number;
}

/** A real PostgreSQL server when a URL is given, embedded PGlite under `pgliteDir` otherwise. */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options.pgliteDir);
}

function connectPostgres(connectionString: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
          exec: async (script) => void (await client.query(script)),
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: "pglite",
    withSession(work) {
      return work({
        query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
        exec: async (script) => void (await pglite.exec(script)),
      });
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
