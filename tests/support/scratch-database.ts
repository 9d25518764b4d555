import { randomBytes } from "node:crypto";
import pg from "pg";
import { testPostgresAdminUrl } from "./services";

export interface ScratchDatabase {
  url: string;
  query<R extends pg.QueryResultRow>(text: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

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
