import type { CaseSummary } from "@/lib/contracts/case-summary";
import { findCandidatesByIds } from "@/lib/db/repositories/workers.repository";
import { rankWorkers } from "@/lib/domain/dispatch/choose-worker";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import { autoAssignMany, type AutoAssignment } from "./auto-assign";
import type { PipelineContext } from "./pipeline-context";
import { toCandidates } from "./rank-nearby-workers";

/**
 * Auto-dispatch of a batch of cases just taken in: each case, oldest first, gets its nearest
 * eligible worker as `dispatchCase` would choose, counting the slots already given to earlier cases
 * of the batch; then all are stored in one transaction. Returns the cases it could not place (no
 * eligible worker, or a race lost to someone else), which go to the dispatch queue's retries.
 * `passOver` names, by case, workers it must not go to (the one who let its sign-for deadline pass).
 */
export async function dispatchTogether(
  ctx: PipelineContext,
  cases: readonly CaseSummary[],
  passOver: ReadonlyMap<string, string> = new Map(),
): Promise<CaseSummary[]> {
  const waiting = cases.filter((c) => isAutoDispatchable(c, ctx.reference.category(c.category))).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (waiting.length === 0) return [];
  const policy = ctx.dispatchPolicy;
  const nearby = await Promise.all(waiting.map((c) => ctx.positions.nearest(c.lat, c.lng, policy.searchKm, policy.candidates)));
  const rows = await findCandidatesByIds(ctx.db, [...new Set(nearby.flat().map((n) => n.id))]);
  const workers = new Map(rows.map((row) => [row.id, row]));
  const given = new Map<string, number>();

  const choices: AutoAssignment[] = [];
  const chosenFor: CaseSummary[] = [];
  const unplaced: CaseSummary[] = [];
  waiting.forEach((current, i) => {
    const near = (nearby[i] ?? []).filter((n) => n.id !== passOver.get(current.id));
    const candidates = toCandidates(near, workers, (row) => row.load + (given.get(row.id) ?? 0));
    const skills = ctx.reference.category(current.category)?.skills ?? [];
    const reason = rankWorkers(candidates, { skills, gridCell: current.gridCell }, policy);
    const best = reason.ranked[0];
    if (!best) return void unplaced.push(current);
    given.set(best.id, (given.get(best.id) ?? 0) + 1);
    chosenFor.push(current);
    choices.push({
      current,
      workerId: best.id,
      travelMeters: best.travelMeters,
      sameGrid: best.sameGrid,
      reason: { ...reason, ranked: reason.ranked.slice(0, 5), chosen: best.id },
    });
  });
  const outcomes = await autoAssignMany(ctx, choices);
  chosenFor.forEach((current, i) => {
    if (outcomes[i] === "worker_unavailable") unplaced.push(current);
  });
  return unplaced;
}
