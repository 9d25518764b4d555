import type { CaseSummary, Placed } from "@/lib/contracts/case-summary";
import { findCandidatesByIds } from "@/lib/db/repositories/workers.repository";
import type { RankedCandidate } from "@/lib/domain/dispatch/choose-worker";
import type { WorkerIndex } from "@/lib/domain/dispatch/worker-index";
import { autoAssignMany, type AutoAssignment } from "./auto-assign";
import type { PipelineContext } from "./pipeline-context";
import { rankCandidates } from "./rank-candidates";

type PlaceableCase = CaseSummary & Placed;

/** How many times a case whose chosen worker was taken meanwhile goes straight to the next-best. */
const ROUNDS = 4;
// The best few are kept in the reason stored with an assignment, for the dispatcher to see.
const RANKED_KEPT = 5;

export interface Placements {
  assigned: Map<string, { workerId: string; travelMeters: number }>;
  /** Cases no longer awaiting dispatch when their assignment was stored. */
  notAwaiting: Set<string>;
  /** Cases nobody eligible could take, or whose every chosen worker was taken meanwhile. */
  unplaced: PlaceableCase[];
}

/**
 * Gives each case, in the order given, the best eligible worker the index knows, counting the slots
 * promised to earlier cases; stores them all in one transaction, whose guards (on duty, load under
 * the limit) decide. When the database refuses a worker, that worker and the next-best are re-read
 * and the cases lost go at once to the best left, for a few rounds, instead of waiting for the
 * dispatch queue's backoff.
 */
export async function placeCases(
  ctx: PipelineContext,
  cases: readonly PlaceableCase[],
  excludedFor: (caseId: string) => ReadonlySet<string> | undefined = () => undefined,
): Promise<Placements> {
  const placements: Placements = { assigned: new Map(), notAwaiting: new Set(), unplaced: [] };
  if (cases.length === 0) return placements;
  const index = await ctx.workerIndex.current();
  let pending = cases;
  for (let round = 0; round < ROUNDS && pending.length > 0; round++) {
    const tried: PlaceableCase[] = [];
    const choices: AutoAssignment[] = [];
    const rankedFor: RankedCandidate[][] = [];
    for (const current of pending) {
      const reason = rankCandidates(ctx, index, current, RANKED_KEPT, excludedFor(current.id));
      const best = reason.ranked[0];
      if (!best) {
        placements.unplaced.push(current);
        continue;
      }
      index.reserve(best.id, 1);
      tried.push(current);
      rankedFor.push(reason.ranked);
      choices.push({ current, workerId: best.id, travelMeters: best.travelMeters, sameGrid: best.sameGrid, reason: { ...reason, chosen: best.id } });
    }
    const outcomes = await autoAssignMany(ctx, choices).finally(() => choices.forEach((c) => index.reserve(c.workerId, -1)));
    const toRefresh = new Set<string>();
    pending = tried.filter((current, i) => {
      const { workerId, travelMeters } = choices[i]!;
      if (outcomes[i] === "assigned") placements.assigned.set(current.id, { workerId, travelMeters });
      else if (outcomes[i] === "case_not_awaiting") placements.notAwaiting.add(current.id);
      // The index was behind on this worker, so likely on the next-best too: all are re-read at once.
      else for (const ranked of rankedFor[i]!) toRefresh.add(ranked.id);
      return outcomes[i] === "worker_unavailable";
    });
    await refreshWorkers(ctx, index, [...toRefresh]);
  }
  placements.unplaced.push(...pending);
  return placements;
}

/** What the database holds now of workers it refused: their duty and load as the guards saw them. */
async function refreshWorkers(ctx: PipelineContext, index: WorkerIndex, ids: readonly string[]): Promise<void> {
  for (const row of await findCandidatesByIds(ctx.db, ids)) index.setStatus(row.id, { onDuty: row.on_duty, load: row.load, maxLoad: row.max_load });
}
