import type { WorkerRow } from "@/lib/db/schema";
import { findWorkersByIds, type CandidateRow } from "@/lib/db/repositories/workers.repository";
import { rankWorkers, type DispatchCandidate, type DispatchReason } from "@/lib/domain/dispatch/choose-worker";
import type { NearbyWorker } from "@/lib/geo/worker-positions";
import type { PipelineContext } from "./pipeline-context";

export interface CaseToStaff {
  lat: number;
  lng: number;
  category: string;
  gridCell: string;
}

export interface NearbyRanking {
  reason: DispatchReason;
  /** The stored rows of every worker considered, by id. */
  workers: ReadonlyMap<string, WorkerRow>;
}

/** The nearest workers by live position, ranked for the case as auto-dispatch ranks them. */
export async function rankNearbyWorkers(
  ctx: Pick<PipelineContext, "db" | "positions" | "reference" | "dispatchPolicy">,
  target: CaseToStaff,
  excludeWorkerIds: readonly string[],
): Promise<NearbyRanking> {
  const policy = ctx.dispatchPolicy;
  const nearby = await ctx.positions.nearest(target.lat, target.lng, policy.searchKm, policy.candidates);
  const excluded = new Set(excludeWorkerIds);
  const rows = await findWorkersByIds(
    ctx.db,
    nearby.map((n) => n.id).filter((id) => !excluded.has(id)),
  );
  const workers = new Map(rows.map((row) => [row.id, row]));
  const candidates = toCandidates(nearby, workers);
  const category = ctx.reference.category(target.category);
  const reason = rankWorkers(candidates, { skills: category?.skills ?? [], gridCell: target.gridCell }, policy);
  return { reason, workers };
}

/** The workers found near a case, as dispatch weighs them; workers without a stored row are left out. */
export function toCandidates(
  nearby: readonly NearbyWorker[],
  workers: ReadonlyMap<string, CandidateRow>,
  loadOf: (row: CandidateRow) => number = (row) => row.load,
): DispatchCandidate[] {
  return nearby.flatMap((n) => {
    const row = workers.get(n.id);
    if (!row) return [];
    return [
      {
        id: row.id,
        straightLineMeters: n.meters,
        onDuty: row.on_duty,
        skills: row.skills,
        load: loadOf(row),
        maxLoad: row.max_load,
        gridCell: row.grid_cell,
      },
    ];
  });
}
