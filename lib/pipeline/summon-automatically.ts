import type { CaseSummary } from "@/lib/contracts/case-summary";
import { openStages } from "@/lib/contracts/stage";
import { insertSummons } from "@/lib/db/repositories/summons.repository";
import { automaticSummonIdFor } from "@/lib/domain/ids";
import { automaticWhistle } from "@/lib/domain/summons/summon-rules";
import type { PipelineContext } from "./pipeline-context";
import { followUpSummonses, newSummons, unknownDepartments } from "./summon-departments";

const summonedBy = "system:catalogue";

/**
 * Cross-department categories summon their departments as soon as the case opens (自动吹哨): all of
 * an intake batch's cases together, in one transaction. Safe to run again: each case's summons has
 * an id of its own, stored once. A case closed before a rerun of intake needs no summons.
 */
export async function summonAutomatically(ctx: PipelineContext, cases: readonly CaseSummary[]): Promise<void> {
  // A case whose event came twice in the batch is listed twice; it is summoned for once.
  const distinct = [...new Map(cases.map((summary) => [summary.id, summary])).values()];
  const due = distinct.flatMap((summary) => {
    const category = ctx.reference.category(summary.category);
    return category && category.summonDepartments.length > 0 && openStages.includes(summary.stage) ? [{ summary, category }] : [];
  });
  if (due.length === 0) return;
  const unknown = await unknownDepartments(ctx, due.flatMap(({ category }) => category.summonDepartments));
  // The catalogue names a department the city does not have: an error to see, not to skip.
  if (unknown.length > 0) throw new Error(`automatic summons: unknown departments ${unknown.join(", ")}`);

  const now = ctx.clock();
  const summonses = due.map(({ summary, category }) =>
    newSummons(
      ctx,
      summary,
      {
        whistle: automaticWhistle(category.priority),
        departments: category.summonDepartments,
        reason: `跨部门事项自动吹哨：${category.nameZh} (cross-department: ${category.nameEn})`,
      },
      summonedBy,
      automaticSummonIdFor(summary.id),
      now,
    ),
  );
  const stored = await insertSummons(ctx.db, summonses);
  const newlySummoned = due.filter((_, i) => stored.has(summonses[i]!.id)).map(({ summary }) => summary);
  await followUpSummonses(ctx, summonses.map((summons) => summons.id), newlySummoned, now);
}
