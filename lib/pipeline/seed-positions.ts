import type { Kysely } from "kysely";
import { listWorkers } from "@/lib/db/repositories/workers.repository";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";

/** Workers with no live position yet start where the database last saw them. */
export async function seedMissingPositions(db: Kysely<Database>, positions: WorkerPositions): Promise<number> {
  const rows = await listWorkers(db);
  const known = await positions.positionsOf(rows.map((r) => r.id));
  const missing = rows.filter((r) => !known.has(r.id));
  await positions.update(missing.map((r) => [r.id, r.lat, r.lng] as [string, number, number]));
  return missing.length;
}
