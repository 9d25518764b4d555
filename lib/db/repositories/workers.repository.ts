import { sql, type Kysely } from "kysely";
import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import type { Database, WorkerRow } from "../schema";

/** A worker as screens show it, from their row or from what a load claim returned of it. */
export function toWorkerSummary(row: Pick<WorkerRow, "id" | "name" | "district" | "on_duty" | "load" | "max_load" | "lat" | "lng">): WorkerSummary {
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
 * Workers by id, the ids as one array parameter and the skills as JSON, which the driver parses
 * natively, instead of through its text[] parser (which cost more than the rest of the row).
 */
function workersByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom("workers")
    .select(sql<string[]>`to_json(skills)`.as("skills"))
    .where(sql<boolean>`id = any(${[...ids]}::text[])`);
}

export async function findWorkersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<WorkerRow[]> {
  if (ids.length === 0) return [];
  return workersByIds(db, ids)
    .select(["id", "name", "phone", "district", "grid_cell", "on_duty", "load", "max_load", "lat", "lng", "version"])
    .execute();
}

/** What auto-dispatch weighs of a worker (lib/domain/dispatch/choose-worker.ts). */
export type CandidateRow = Pick<WorkerRow, "id" | "grid_cell" | "on_duty" | "load" | "max_load" | "skills">;

/** Dispatch reads thousands of candidates per batch, so only what it weighs. */
export async function findCandidatesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  return workersByIds(db, ids).select(["id", "grid_cell", "on_duty", "load", "max_load"]).execute();
}

/** Puts a worker on or off duty; null when there is no such worker or they already were. */
export async function changeWorkerDuty(db: Kysely<Database>, id: string, onDuty: boolean): Promise<WorkerRow | null> {
  const row = await db
    .updateTable("workers")
    .set((eb) => ({ on_duty: onDuty, version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .where("on_duty", "=", !onDuty)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}
