import type { WorkerSuggestions } from "@/lib/contracts/worker-suggestion";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { isPlaced } from "@/lib/contracts/case-summary";
import type { PipelineContext } from "./pipeline-context";
import { rankNearbyWorkers } from "./rank-nearby-workers";

const SUGGESTIONS = 10;

/**
 * The workers a dispatcher may hand a case to, best first, ranked exactly as auto-dispatch ranks
 * them; the worker who holds the case now is left out; none while the case waits to be placed.
 * Null when there is no such case.
 */
export async function suggestWorkers(ctx: PipelineContext, caseId: string): Promise<WorkerSuggestions | null> {
  const summary = await findCaseSummary(ctx.db, caseId);
  if (!summary) return null;
  if (!isPlaced(summary)) {
    const nobody = { off_duty: 0, missing_skill: 0, at_capacity: 0 };
    return { caseId, caseVersion: summary.version, currentAssigneeId: summary.assigneeId, candidatesConsidered: 0, excluded: nobody, suggestions: [] };
  }
  const { reason, workers } = await rankNearbyWorkers(ctx, summary, summary.assigneeId ? [summary.assigneeId] : []);
  const best = reason.ranked.slice(0, SUGGESTIONS);
  const live = await ctx.positions.positionsOf(best.map((r) => r.id));
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
