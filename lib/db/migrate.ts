import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseHandle } from "./create-database";

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

// Any fixed number: every process that migrates takes the same advisory lock, so two starting at once take turns.
const MIGRATION_LOCK = 73_112_026;

/** Applies, in name order, every forward-only SQL migration not yet recorded. Returns the names applied. */
export async function runMigrations(handle: DatabaseHandle, dir = migrationsDir): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  return handle.withSession(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await session.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const done = await session.query<{ name: string }>("SELECT name FROM schema_migrations");
      const applied = new Set(done.map((r) => r.name));
      const pending = files.filter((f) => !applied.has(f));
      for (const file of pending) {
        const script = await readFile(path.join(dir, file), "utf8");
        await session.exec("BEGIN");
        try {
          await session.exec(script);
          await session.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
          await session.exec("COMMIT");
        } catch (error) {
          await session.exec("ROLLBACK");
          throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
      }
      return pending;
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}
