import type { HouseholdHistory } from "@/lib/contracts/care";
import { auditEntries } from "@/lib/db/repositories/care.repository";
import { displayNamesOf } from "@/lib/db/repositories/users.repository";
import type { PipelineContext } from "../pipeline-context";
import { missing, type RegistryOutcome } from "./household-registry";

/**
 * A household's change history from its audit: who, when, what was done and which fields. The audit never holds
 * the values, so the history shows no personal data to anyone who may read the registry.
 */
export async function householdHistory(ctx: Pick<PipelineContext, "db">, id: string): Promise<RegistryOutcome<HouseholdHistory>> {
  const household = await ctx.db.selectFrom("care_households").select("id").where("id", "=", id).executeTakeFirst();
  if (!household) return missing(id);
  const entries = await auditEntries(ctx.db, id);
  const names = await displayNamesOf(ctx.db, entries.map((e) => e.actor));
  return {
    ok: true,
    value: {
      entries: entries.map((e) => ({ at: e.at.toISOString(), actorId: e.actor, actorName: names.get(e.actor) ?? null, action: e.action, fields: e.fields })),
    },
  };
}
