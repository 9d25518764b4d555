import type { Kysely } from "kysely";
import type { HistoryItem } from "@/lib/contracts/case-detail";
import type { Stage } from "@/lib/contracts/stage";
import { isUuid } from "../is-uuid";
import type { Database } from "../schema";

export async function listHistory(db: Kysely<Database>, caseId: string): Promise<HistoryItem[]> {
  if (!isUuid(caseId)) return [];
  const rows = await db.selectFrom("case_history").selectAll().where("case_id", "=", caseId).orderBy("id").execute();
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    action: r.action,
    fromStage: r.from_stage as Stage | null,
    toStage: r.to_stage as Stage | null,
    detail: (r.detail ?? {}) as Record<string, unknown>,
  }));
}

export interface CaseOutcomeRow {
  result: string | null;
  rating: string | null;
}

export async function findCaseOutcome(db: Kysely<Database>, caseId: string): Promise<CaseOutcomeRow | undefined> {
  if (!isUuid(caseId)) return undefined;
  return db.selectFrom("cases").select(["result", "rating"]).where("id", "=", caseId).executeTakeFirst();
}

/** The reporter as the first event of the case named them. */
export async function findReporter(db: Kysely<Database>, caseId: string): Promise<{ name?: string; phone?: string } | null> {
  if (!isUuid(caseId)) return null;
  const row = await db
    .selectFrom("events")
    .select("payload")
    .where("case_id", "=", caseId)
    .orderBy("received_at")
    .limit(1)
    .executeTakeFirst();
  const reporter = (row?.payload as { reporter?: { name?: string; phone?: string } } | undefined)?.reporter;
  return reporter ?? null;
}
