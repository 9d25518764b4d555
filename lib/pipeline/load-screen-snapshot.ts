import type { Kysely } from "kysely";
import { screenCaseLimit, type Snapshot } from "@/lib/contracts/snapshot";
import { listScreenCases } from "@/lib/db/repositories/cases.repository";
import { computeKpi } from "@/lib/db/repositories/kpi.repository";
import { listResources } from "@/lib/db/repositories/resources.repository";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";
import type { DeltaLog } from "@/lib/realtime/delta-log";
import { loadWorkerSummaries } from "./worker-summaries";

export interface ScreenSnapshotSources {
  db: Kysely<Database>;
  deltaLog: DeltaLog;
  positions: WorkerPositions;
}

/** The screen's starting state. The seq is read first, so every change after it is replayed on top. */
export async function loadScreenSnapshot(sources: ScreenSnapshotSources, now: Date): Promise<Snapshot> {
  const seq = await sources.deltaLog.currentSeq();
  const [cases, workers, resources, kpi] = await Promise.all([
    listScreenCases(sources.db, screenCaseLimit),
    loadWorkerSummaries(sources.db, sources.positions),
    listResources(sources.db),
    computeKpi(sources.db, now),
  ]);
  return { seq, cases, workers, resources, kpi };
}
