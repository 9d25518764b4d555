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

/**
 * Claims a client key for one action: the row inserted, or the one a request with the same key stored first. A
 * claim that opened no case and was refused nothing by `abandonedBefore` is taken over: the request that made it
 * died on the way (its retry carries the same key and must not be answered "in progress" for ever).
 */
export async function claimRiskAction(
  db: Kysely<Database>,
  claim: RiskActionClaim,
  abandonedBefore: Date,
): Promise<{ claimed: boolean; row: RiskActionRow }> {
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
  const takenOver = await db
    .updateTable("risk_actions")
    .set({ actor: claim.actor, created_at: claim.at })
    .where("client_key", "=", claim.clientKey)
    .where("case_id", "is", null)
    .where("refusal", "is", null)
    .where("created_at", "<", abandonedBefore)
    .returningAll()
    .executeTakeFirst();
  if (takenOver) return { claimed: true, row: takenOver };
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
