import type { CaseSummary } from "@/lib/contracts/case-summary";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import type { PipelineContext } from "./pipeline-context";
import { placeCases } from "./place-cases";

/**
 * Auto-dispatch of a batch of cases already stored and waiting (tasks recalled by the SLA check;
 * intake decides its own batches in memory, record-events.ts): each case, oldest first, gets the
 * best eligible worker as `dispatchCase` would choose, counting the slots already given to earlier
 * cases of the batch, all stored in one transaction, races lost retried at once with the next-best. Returns the
 * cases it could not place, which go to the dispatch queue's retries. `passOver` names, by case, a
 * worker it must not go to (the one who let its sign-for deadline pass).
 */
export async function dispatchTogether(
  ctx: PipelineContext,
  cases: readonly CaseSummary[],
  passOver: ReadonlyMap<string, string> = new Map(),
): Promise<CaseSummary[]> {
  const waiting = cases.filter((c) => isAutoDispatchable(c, ctx.reference.category(c.category))).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const excluded = new Map([...passOver].map(([caseId, workerId]) => [caseId, new Set([workerId])]));
  return (await placeCases(ctx, waiting, (caseId) => excluded.get(caseId))).unplaced;
}
