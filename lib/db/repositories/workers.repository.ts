import { sql, type Kysely } from "kysely";
import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import type { Database, WorkerRow } from "../schema";

export function toWorkerSummary(row: WorkerRow): WorkerSummary {
  return {
    id: row.id,
    name: row.name,
    district: row.district,
    onDuty: row.on_duty,
    load: row.load,
    maxLoad: row.max_load,
    lat: row.lat,
    lng: row.lng,
  };
}

export async function listWorkers(db: Kysely<Database>): Promise<WorkerRow[]> {
  return db.selectFrom("workers").selectAll().orderBy("id").execute();
}

/**
 * Dispatch reads thousands of candidates per batch: the ids go as one array parameter, and the
 * skills come back as JSON, which the driver parses natively, instead of through its text[] parser
 * (which cost more than the rest of the row).
 */
export async function findWorkersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<WorkerRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("workers")
    .select(["id", "name", "phone", "district", "grid_cell", "on_duty", "load", "max_load", "lat", "lng", "version"])
    .select(sql<string[]>`to_json(skills)`.as("skills"))
    .where(sql<boolean>`id = any(${[...ids]}::text[])`)
    .execute();
}
