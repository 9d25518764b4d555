import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { insertHistory } from "@/lib/db/repositories/intake.repository";
import { listSummonRows, markMissed } from "@/lib/db/repositories/summons.repository";
import type { CheckSummonJob } from "@/lib/queue/job-payloads";
import type { PipelineContext } from "./pipeline-context";

/** At the report-in deadline: departments that did not report in are marked missed and the case escalated. */
export async function checkSummon(job: CheckSummonJob, ctx: PipelineContext): Promise<{ missed: string[] }> {
  const rows = await listSummonRows(ctx.db, { summonId: job.summonId });
  const first = rows[0];
  if (!first) return { missed: [] };
  const now = ctx.clock();
  const missed = await markMissed(ctx.db, job.summonId, now);
  if (missed.length === 0) return { missed };
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable("cases")
      .set((eb) => ({
        escalated_at: eb.fn.coalesce("escalated_at", eb.val(now)),
        updated_at: now,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", first.case_id)
      .execute();
    await insertHistory(tx, first.case_id, [
      {
        at: now,
        actor: "system:summons",
        action: "summon_missed",
        fromStage: null,
        toStage: null,
        detail: { summonId: job.summonId, departments: missed, ackDueAt: new Date(first.ack_due_at).toISOString() },
      },
    ]);
  });
  const summary = await findCaseSummary(ctx.db, first.case_id);
  if (summary) await ctx.publisher.publish([{ kind: "case", case: summary }]);
  return { missed };
}
