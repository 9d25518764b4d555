import type { Kysely } from "kysely";
import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import { findWorkersByIds, listWorkers, toWorkerSummary } from "@/lib/db/repositories/workers.repository";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";

/** Workers as screens see them: rows from Postgres, positions from the live GEO set where known. */
export async function loadWorkerSummaries(
  db: Kysely<Database>,
  positions: WorkerPositions,
  ids?: readonly string[],
): Promise<WorkerSummary[]> {
  const rows = ids ? await findWorkersByIds(db, ids) : await listWorkers(db);
  const live = await positions.positionsOf(rows.map((r) => r.id));
  return rows.map((row) => ({ ...toWorkerSummary(row), ...live.get(row.id) }));
}
