import type { SummonRating } from "@/lib/contracts/summons";
import { listSummonRows, rateDepartment } from "@/lib/db/repositories/summons.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import type { PipelineContext } from "./pipeline-context";

export type RateOutcome = { ok: true } | { ok: false; status: 403 | 404 | 422; code: string; message: string };

/** After the case is closed, the street rates how each summoned department did. */
export async function rateSummonedDepartment(ctx: PipelineContext, summonId: string, rating: SummonRating, actor: Actor): Promise<RateOutcome> {
  if (actor.role !== "dispatcher" && actor.role !== "admin") {
    return { ok: false, status: 403, code: "forbidden", message: "only the street's desk rates departments" };
  }
  const rows = await listSummonRows(ctx.db, { summonId });
  const first = rows[0];
  if (!first) return { ok: false, status: 404, code: "not_found", message: `no summons ${summonId}` };
  if (!rows.some((r) => r.department === rating.department)) {
    return { ok: false, status: 422, code: "not_summoned", message: `${rating.department} was not summoned` };
  }
  const stage = await ctx.db.selectFrom("cases").select("stage").where("id", "=", first.case_id).executeTakeFirstOrThrow();
  if (stage.stage !== "closed") return { ok: false, status: 422, code: "wrong_stage", message: "departments are rated once the case is closed" };
  await rateDepartment(ctx.db, { summonId, department: rating.department, score: rating.score, by: `${actor.role}:${actor.id}`, at: ctx.clock() });
  return { ok: true };
}
