import type { WorkerSuggestions } from "@/lib/contracts/worker-suggestion";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { findWorkersByIds } from "@/lib/db/repositories/workers.repository";
import { isPlaced } from "@/lib/contracts/case-summary";
import type { PipelineContext } from "./pipeline-context";
import { rankCandidates } from "./rank-candidates";

const SUGGESTIONS = 10;

/**
 * The workers a dispatcher may hand a case to, best first, ranked exactly as auto-dispatch ranks
 * them, from the worker index re-read for the asking; the worker who holds the case now is left out;
 * none while the case waits to be placed.
 * Null when there is no such case.
 */
export async function suggestWorkers(ctx: PipelineContext, caseId: string): Promise<WorkerSuggestions | null> {
  const summary = await findCaseSummary(ctx.db, caseId);
  if (!summary) return null;
  if (!isPlaced(summary)) {
    const nobody = { off_duty: 0, missing_skill: 0, at_capacity: 0 };
    return { caseId, caseVersion: summary.version, currentAssigneeId: summary.assigneeId, candidatesConsidered: 0, excluded: nobody, suggestions: [] };
  }
  const index = await ctx.workerIndex.reconcile();
  const reason = rankCandidates(ctx, index, summary, SUGGESTIONS, new Set(summary.assigneeId ? [summary.assigneeId] : []));
  const best = reason.ranked;
  const [rows, live] = await Promise.all([findWorkersByIds(ctx.db, best.map((r) => r.id)), ctx.positions.positionsOf(best.map((r) => r.id))]);
  const workers = new Map(rows.map((row) => [row.id, row]));
  return {
    caseId,
    caseVersion: summary.version,
    currentAssigneeId: summary.assigneeId,
    candidatesConsidered: reason.candidatesConsidered,
    excluded: reason.excluded,
    suggestions: best.flatMap((ranked) => {
      const row = workers.get(ranked.id);
      if (!row) return [];
      const position = live.get(ranked.id) ?? row;
      return [
        {
          workerId: row.id,
          name: row.name,
          travelMeters: ranked.travelMeters,
          load: row.load,
          maxLoad: row.max_load,
          sameGrid: ranked.sameGrid,
          lat: position.lat,
          lng: position.lng,
        },
      ];
    }),
  };
}
