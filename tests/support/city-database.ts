import * as shanghai from "@/lib/city/shanghai";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { runMigrations } from "@/lib/db/migrate";
import { seedCity } from "@/lib/db/seed-city";
import { createScratchDatabase } from "./scratch-database";

export interface CityDatabase {
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** A scratch PostgreSQL database with the schema and the demo city, opened through the project's own handle. */
export async function createCityDatabase(): Promise<CityDatabase> {
  const scratch = await createScratchDatabase();
  const handle = await createDatabase({ databaseUrl: scratch.url, pgliteDir: "memory://" });
  await runMigrations(handle);
  await seedCity(handle.db, shanghai);
  return {
    handle,
    async drop() {
      await handle.close();
      await scratch.drop();
    },
  };
}
