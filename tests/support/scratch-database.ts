import { randomBytes } from "node:crypto";
import pg from "pg";
import { testPostgresAdminUrl } from "./services";

export interface ScratchDatabase {
  url: string;
  query<R extends pg.QueryResultRow>(text: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

// SQLSTATE 57P01: the server ended the connection (here: DROP DATABASE ... WITH (FORCE)).
const ADMIN_SHUTDOWN = "57P01";

/** A fresh, empty PostgreSQL database on the real server, dropped afterwards. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `tonglan_t_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testPostgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testPostgresAdminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // pool.end() resolves before its idle connections have closed, so the forced DROP below can still
  // terminate one of them; without a listener the pool rethrows that as an uncaught exception.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== ADMIN_SHUTDOWN) throw error;
  });
  return {
    url: url.toString(),
    query: async (text, params) => (await pool.query(text, params)).rows,
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: testPostgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
