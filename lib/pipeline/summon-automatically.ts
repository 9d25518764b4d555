import type { Category } from "@/lib/contracts/catalogue";
import { automaticSummonIdFor } from "@/lib/domain/ids";
import { automaticWhistle } from "@/lib/domain/summons/summon-rules";
import type { PipelineContext } from "./pipeline-context";
import { summonDepartments } from "./summon-departments";

/** Cross-department categories summon their departments as soon as the case opens (自动吹哨). */
export async function summonAutomatically(ctx: PipelineContext, caseId: string, category: Category): Promise<void> {
  const outcome = await summonDepartments(
    ctx,
    caseId,
    {
      whistle: automaticWhistle(category.priority),
      departments: category.summonDepartments,
      reason: `跨部门事项自动吹哨 (cross-department category ${category.code})`,
    },
    { role: "system", id: "catalogue" },
    automaticSummonIdFor(caseId),
  );
  // A case closed before a rerun of intake needs no summons; anything else is a catalogue error to see.
  if (!outcome.ok && outcome.code !== "wrong_stage") throw new Error(`automatic summons for ${caseId}: ${outcome.message}`);
}
