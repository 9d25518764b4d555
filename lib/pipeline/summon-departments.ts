import { randomUUID } from "node:crypto";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { SummonRequest, SummonView } from "@/lib/contracts/summons";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { insertSummons, listSummonRows, type NewSummons } from "@/lib/db/repositories/summons.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { openStages } from "@/lib/contracts/stage";
import { ackDueAt, maySummon } from "@/lib/domain/summons/summon-rules";
import type { PipelineContext } from "./pipeline-context";
import { toSummonViews } from "./summon-views";

export type SummonOutcome = { ok: true; summons: SummonView } | { ok: false; status: 403 | 404 | 422; code: string; message: string };

/**
 * 吹哨: summons departments to an open case with a whistle whose report-in deadline starts now;
 * a delayed check at the deadline marks whoever has not reported in.
 */
export async function summonDepartments(
  ctx: PipelineContext,
  caseId: string,
  request: SummonRequest,
  actor: Actor,
  summonId: string = randomUUID(),
): Promise<SummonOutcome> {
  if (!maySummon(actor.role)) return { ok: false, status: 403, code: "forbidden", message: `a ${actor.role} may not summon departments` };
  const current = await findCaseSummary(ctx.db, caseId);
  if (!current) return { ok: false, status: 404, code: "not_found", message: `no case ${caseId}` };
  if (!openStages.includes(current.stage)) {
    return { ok: false, status: 422, code: "wrong_stage", message: `cannot summon for a case that is ${current.stage}` };
  }
  const unknown = await unknownDepartments(ctx, request.departments);
  if (unknown.length > 0) return { ok: false, status: 422, code: "unknown_department", message: `unknown departments: ${unknown.join(", ")}` };

  const now = ctx.clock();
  const summons = newSummons(ctx, current, request, `${actor.role}:${actor.id}`, summonId, now);
  const stored = await insertSummons(ctx.db, [summons]);
  const [view] = await followUpSummonses(ctx, [summonId], stored.has(summonId) ? [current] : [], now);
  if (!view) throw new Error(`summons ${summonId} was not stored`);
  return { ok: true, summons: view };
}

/** A summons of a case's departments, with its report-in deadline counted from `now` and the case history's line. */
export function newSummons(
  ctx: Pick<PipelineContext, "whistleDeadlines" | "slaMinuteMs">,
  current: Pick<CaseSummary, "id" | "stage">,
  request: SummonRequest,
  summonedBy: string,
  summonId: string,
  now: Date,
): NewSummons {
  const departments = [...new Set(request.departments)];
  const dueAt = ackDueAt(request.whistle, now, ctx.whistleDeadlines, ctx.slaMinuteMs);
  return {
    id: summonId,
    caseId: current.id,
    whistle: request.whistle,
    summonedBy,
    reason: request.reason,
    createdAt: now,
    ackDueAt: dueAt,
    departments,
    history: {
      at: now,
      actor: summonedBy,
      action: "summon",
      fromStage: current.stage,
      toStage: current.stage,
      detail: { summonId, whistle: request.whistle, departments, reason: request.reason, ackDueAt: dueAt.toISOString() },
    },
  };
}

/**
 * After summonses are stored: each one's report-in check is queued (for one stored before, its
 * stored deadline counts, not one computed now) and the screens are told of the cases newly summoned for.
 */
export async function followUpSummonses(
  ctx: PipelineContext,
  summonIds: readonly string[],
  newlySummoned: readonly CaseSummary[],
  now: Date,
): Promise<SummonView[]> {
  const views = toSummonViews(await listSummonRows(ctx.db, { summonIds }), now);
  await Promise.all(views.map((view) => ctx.enqueueSummonCheck({ summonId: view.id }, new Date(view.ackDueAt))));
  if (newlySummoned.length > 0) await ctx.publisher.publish(newlySummoned.map((summary) => ({ kind: "case" as const, case: summary })));
  return views;
}

/** Which of `departments` the city does not have. */
export async function unknownDepartments(ctx: Pick<PipelineContext, "db">, departments: readonly string[]): Promise<string[]> {
  const named = [...new Set(departments)];
  if (named.length === 0) return [];
  const known = new Set((await ctx.db.selectFrom("departments").select("code").where("code", "in", named).execute()).map((row) => row.code));
  return named.filter((department) => !known.has(department));
}
