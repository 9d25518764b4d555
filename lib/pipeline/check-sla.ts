import { findCaseSummaries } from "@/lib/db/repositories/cases.repository";
import { findCheckedCases, storeSlaOutcomes, type BreachRecord, type SlaRecall } from "@/lib/db/repositories/sla.repository";
import { isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";
import { decideSlaCheck, type ClockCheck } from "@/lib/domain/sla/decide-sla-check";
import type { CheckSlaJob } from "@/lib/queue/job-payloads";
import { dispatchTogether } from "./dispatch-together";
import type { PipelineContext } from "./pipeline-context";
import { loadWorkerSummaries } from "./worker-summaries";

export type SlaCheckOutcome = { outcome: "settled" } | { outcome: "breached"; response: "reassign" | "escalate" };

const slaActor = "system:sla";
const recallReason = "签收超时，系统收回改派 (sign-for deadline missed)";

const clockOf = (check: CheckSlaJob): ClockCheck => ({ ...check, startedAt: new Date(check.startedAt) });
const keyOf = (check: ClockCheck) => `${check.caseId}#${check.clock}#${check.startedAt.getTime()}`;

/**
 * Clock checks that fall due together, as one batch whatever its size: one query reads every case's
 * facts, the decisions are pure, breaches and recalls are stored in one transaction, screens get one
 * publish, and the recalled tasks are dispatched together to the next-best worker, passing over the
 * one who let the sign-for deadline lapse; those that find nobody go to the dispatch queue's retries.
 * A retried batch decides as the first run did (see `decideSlaCheck`). Outcomes are in check order.
 */
export async function checkSlaClocks(checks: readonly CheckSlaJob[], ctx: PipelineContext): Promise<SlaCheckOutcome[]> {
  const clocks = [...new Map(checks.map(clockOf).map((c) => [keyOf(c), c])).values()];
  const facts = await findCheckedCases(ctx.db, clocks);
  const now = ctx.clock();
  const breaches: BreachRecord[] = [];
  const recalls: SlaRecall[] = [];
  const decided = new Map<string, SlaCheckOutcome>();
  clocks.forEach((check, i) => {
    const seen = facts[i];
    const decision = decideSlaCheck(check, seen, seen && ctx.reference.category(seen.category)?.sla, ctx.slaMinuteMs);
    const key = keyOf(check);
    if (decision.outcome === "settled" || !seen) return void decided.set(key, { outcome: "settled" });
    const { response, dueAt } = decision;
    decided.set(key, { outcome: "breached", response });
    breaches.push({
      caseId: check.caseId,
      clock: check.clock,
      startedAt: check.startedAt,
      dueAt,
      detectedAt: now,
      response,
      history: {
        at: now,
        actor: slaActor,
        action: response === "escalate" ? "escalate" : "sla_breach",
        fromStage: seen.stage,
        toStage: seen.stage,
        detail: { clock: check.clock, dueAt: dueAt.toISOString(), assigneeId: check.assigneeId, response },
      },
    });
    if (response === "reassign" && check.assigneeId) {
      const history = { at: now, actor: slaActor, action: "recall", fromStage: "dispatched", toStage: "accepted", detail: { reason: recallReason } } as const;
      recalls.push({ caseId: check.caseId, workerId: check.assigneeId, startedAt: check.startedAt, history });
    }
  });
  if (breaches.length > 0) await answerBreaches(ctx, breaches, recalls);
  return checks.map((check) => decided.get(keyOf(clockOf(check)))!);
}

async function answerBreaches(ctx: PipelineContext, breaches: readonly BreachRecord[], recalls: readonly SlaRecall[]): Promise<void> {
  const unique = [...new Map(recalls.map((r) => [r.caseId, r])).values()];
  const recalled = await storeSlaOutcomes(ctx.db, { breaches, recalls: unique });
  const formerAssignee = new Map(recalled.map((r) => [r.caseId, r.workerId]));
  const [summaries, workers] = await Promise.all([
    findCaseSummaries(ctx.db, [...new Set(breaches.map((b) => b.caseId))]),
    loadWorkerSummaries(ctx.db, ctx.positions, [...new Set(recalled.map((r) => r.workerId))]),
  ]);
  // The worker who let a task lapse hears of its recall too, so their phone drops it at once.
  await ctx.publisher.publish([
    ...summaries.map((summary) => {
      const former = formerAssignee.get(summary.id);
      return { kind: "case" as const, case: summary, ...(former && { formerAssigneeId: former }) };
    }),
    ...workers.map((worker) => ({ kind: "worker" as const, worker })),
  ]);
  // Recalled now, or by an earlier run of this batch that stopped before dispatching them.
  const lapsedBy = new Map(unique.map((r) => [r.caseId, r.workerId]));
  const waiting = summaries.filter((s) => lapsedBy.has(s.id) && isAwaitingDispatch(s.stage));
  const unplaced = await dispatchTogether(ctx, waiting, lapsedBy);
  await Promise.all(
    unplaced.map((c) => ctx.enqueueDispatch({ caseId: c.id, caseVersion: c.version, excludeWorkerIds: [lapsedBy.get(c.id)!] })),
  );
}

/**
 * The sla queue's batch: the checks of several jobs due together, run as one. When they fail
 * together the batch runner gives each job a run of its own; a job of several checks that still
 * fails is split, each check queued again alone with its own retries, so a poisoned check ends in
 * the dead-letter queue by itself. One list of outcomes per job (empty for a job split so).
 */
export async function checkSlaClockSets(
  sets: readonly (readonly CheckSlaJob[])[],
  ctx: PipelineContext,
  retryAlone: (check: CheckSlaJob) => Promise<void>,
): Promise<SlaCheckOutcome[][]> {
  const checks = sets.flat();
  try {
    const outcomes = await checkSlaClocks(checks, ctx);
    let from = 0;
    return sets.map((set) => outcomes.slice(from, (from += set.length)));
  } catch (error) {
    if (sets.length > 1 || checks.length <= 1) throw error;
    await Promise.all(checks.map(retryAlone));
    return [[]];
  }
}
