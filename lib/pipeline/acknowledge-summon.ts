import type { SummonView } from "@/lib/contracts/summons";
import { acknowledge, listSummonRows } from "@/lib/db/repositories/summons.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import type { PipelineContext } from "./pipeline-context";
import { summonViewsSeenBy, toSummonViews } from "./summon-views";

export type AcknowledgeOutcome = { ok: true; summons: SummonView } | { ok: false; status: 403 | 404 | 409; code: string; message: string };

/** 报到: a summoned department's staff acknowledge; after the deadline it still counts, as late. */
export async function acknowledgeSummon(ctx: PipelineContext, summonId: string, actor: Actor): Promise<AcknowledgeOutcome> {
  const rows = await listSummonRows(ctx.db, { summonId });
  const first = rows[0];
  if (!first) return { ok: false, status: 404, code: "not_found", message: `no summons ${summonId}` };
  const mine = actor.role === "department_staff" ? rows.find((r) => r.department === actor.department) : undefined;
  if (!mine) return { ok: false, status: 403, code: "forbidden", message: "only staff of a summoned department can report in" };
  const now = ctx.clock();
  const done = await acknowledge(ctx.db, {
    summonId,
    caseId: first.case_id,
    department: mine.department,
    by: `${actor.role}:${actor.id}`,
    at: now,
    history: {
      at: now,
      actor: `${actor.role}:${actor.id}`,
      action: "report_in",
      fromStage: null,
      toStage: null,
      detail: { summonId, department: mine.department, late: now > new Date(first.ack_due_at) },
    },
  });
  if (!done) return { ok: false, status: 409, code: "already_acknowledged", message: `${mine.department} has already reported in` };
  const [view] = summonViewsSeenBy(actor, toSummonViews(await listSummonRows(ctx.db, { summonId }), now));
  return { ok: true, summons: view! };
}
