import type { Kysely } from "kysely";
import { screenCaseLimit, type Snapshot } from "@/lib/contracts/snapshot";
import { listScreenCases } from "@/lib/db/repositories/cases.repository";
import { computeKpi } from "@/lib/db/repositories/kpi.repository";
import { currentStormForecasts } from "@/lib/db/repositories/forecasts.repository";
import { listResources } from "@/lib/db/repositories/resources.repository";
import { loadScreenMode } from "@/lib/db/repositories/screen-mode.repository";
import { listScreenSensors } from "@/lib/db/repositories/screen-sensors.repository";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";
import type { DeltaLog } from "@/lib/realtime/delta-log";
import { loadWorkerSummaries } from "./worker-summaries";

export interface ScreenSnapshotSources {
  db: Kysely<Database>;
  deltaLog: DeltaLog;
  positions: WorkerPositions;
}

// A storm is shown while its forecasts keep arriving; a week covers the longest-lived, 6-hourly.
const STORM_WINDOW_MS = 7 * 24 * 3_600_000;
const STORM_FORECAST_LIMIT = 120;

/** The screen's starting state. The seq is read first, so every change after it is replayed on top. */
export async function loadScreenSnapshot(sources: ScreenSnapshotSources, now: Date): Promise<Snapshot> {
  const seq = await sources.deltaLog.currentSeq();
  const [cases, workers, resources, kpi, mode, sensors, forecasts] = await Promise.all([
    listScreenCases(sources.db, screenCaseLimit),
    loadWorkerSummaries(sources.db, sources.positions),
    listResources(sources.db),
    computeKpi(sources.db, now),
    loadScreenMode(sources.db),
    listScreenSensors(sources.db),
    currentStormForecasts(sources.db, new Date(now.getTime() - STORM_WINDOW_MS), STORM_FORECAST_LIMIT),
  ]);
  return { seq, cases, workers, resources, kpi, mode, sensors, forecasts };
}
