import type { Kysely } from "kysely";
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

export async function findWorkersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<WorkerRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("workers").selectAll().where("id", "in", ids).execute();
}
