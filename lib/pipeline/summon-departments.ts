import { randomUUID } from "node:crypto";
import type { SummonRequest, SummonView } from "@/lib/contracts/summons";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { insertSummons, listSummonRows } from "@/lib/db/repositories/summons.repository";
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
  const departments = [...new Set(request.departments)];
  const known = await ctx.db.selectFrom("departments").select("code").where("code", "in", departments).execute();
  const unknown = departments.filter((d) => !known.some((k) => k.code === d));
  if (unknown.length > 0) return { ok: false, status: 422, code: "unknown_department", message: `unknown departments: ${unknown.join(", ")}` };

  const now = ctx.clock();
  const dueAt = ackDueAt(request.whistle, now, ctx.whistleDeadlines, ctx.slaMinuteMs);
  const created = await insertSummons(ctx.db, {
    id: summonId,
    caseId,
    whistle: request.whistle,
    summonedBy: `${actor.role}:${actor.id}`,
    reason: request.reason,
    createdAt: now,
    ackDueAt: dueAt,
    departments,
    history: {
      at: now,
      actor: `${actor.role}:${actor.id}`,
      action: "summon",
      fromStage: current.stage,
      toStage: current.stage,
      detail: { summonId, whistle: request.whistle, departments, reason: request.reason, ackDueAt: dueAt.toISOString() },
    },
  });
  const [view] = toSummonViews(await listSummonRows(ctx.db, { summonId }), now);
  if (!view) throw new Error(`summons ${summonId} was not stored`);
  // On a repeated call the stored deadline counts, not the one computed now.
  await ctx.enqueueSummonCheck({ summonId }, new Date(view.ackDueAt));
  if (created) await ctx.publisher.publish([{ kind: "case", case: current }]);
  return { ok: true, summons: view };
}
