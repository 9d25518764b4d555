import type { Kysely, Selectable } from "kysely";
import type { Database, RiskActionsTable } from "@/lib/db/schema";

export type RiskActionRow = Selectable<RiskActionsTable>;

export interface RiskActionClaim {
  clientKey: string;
  cell: string;
  horizonHours: number;
  computedAt: Date;
  kind: string;
  resourceId: string | null;
  actor: string;
  at: Date;
}

/** Claims a client key for one action: the row inserted, or the one a request with the same key stored first. */
export async function claimRiskAction(db: Kysely<Database>, claim: RiskActionClaim): Promise<{ claimed: boolean; row: RiskActionRow }> {
  const inserted = await db
    .insertInto("risk_actions")
    .values({
      client_key: claim.clientKey,
      cell: claim.cell,
      horizon_hours: claim.horizonHours,
      computed_at: claim.computedAt,
      kind: claim.kind,
      resource_id: claim.resourceId,
      actor: claim.actor,
      created_at: claim.at,
    })
    .onConflict((oc) => oc.column("client_key").doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { claimed: true, row: inserted };
  const row = await findRiskAction(db, claim.clientKey);
  if (!row) throw new Error(`risk action ${claim.clientKey} was claimed and is gone`);
  return { claimed: false, row };
}

export async function findRiskAction(db: Kysely<Database>, clientKey: string): Promise<RiskActionRow | undefined> {
  return db.selectFrom("risk_actions").selectAll().where("client_key", "=", clientKey).executeTakeFirst();
}

export async function settleRiskAction(db: Kysely<Database>, clientKey: string, settled: { caseId?: string; refusal?: string }): Promise<void> {
  await db
    .updateTable("risk_actions")
    .set({ ...(settled.caseId && { case_id: settled.caseId }), ...(settled.refusal && { refusal: settled.refusal }) })
    .where("client_key", "=", clientKey)
    .execute();
}
