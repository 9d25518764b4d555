import { sql, type Kysely } from "kysely";
import type { SlaClock } from "@/lib/domain/sla/sla-clocks";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import { isUuid } from "../is-uuid";
import type { Database } from "../schema";
import { insertHistory } from "./intake.repository";

export interface BreachRecord {
  caseId: string;
  clock: SlaClock;
  startedAt: Date;
  dueAt: Date;
  detectedAt: Date;
  response: "reassign" | "escalate";
  history: HistoryEntry;
}

/** Breaches of one clock of a case, other than the one started at `except`. */
export async function countBreaches(db: Kysely<Database>, caseId: string, clock: SlaClock, except: Date): Promise<number> {
  if (!isUuid(caseId)) return 0;
  const row = await db
    .selectFrom("sla_breaches")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("case_id", "=", caseId)
    .where("clock", "=", clock)
    .where("started_at", "<>", except)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Records a missed deadline once and flags the case overdue (and escalated, when that is the
 * response). Returns false when this breach was already recorded: a retried check changes nothing.
 */
export async function recordBreach(db: Kysely<Database>, breach: BreachRecord): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto("sla_breaches")
      .values({
        case_id: breach.caseId,
        clock: breach.clock,
        started_at: breach.startedAt,
        due_at: breach.dueAt,
        detected_at: breach.detectedAt,
        response: breach.response,
      })
      .onConflict((oc) => oc.columns(["case_id", "clock", "started_at"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return false;
    await tx
      .updateTable("cases")
      .set((eb) => ({
        overdue_since: eb.fn.coalesce("overdue_since", eb.val(breach.dueAt)),
        ...(breach.response === "escalate" && { escalated_at: eb.fn.coalesce("escalated_at", eb.val(breach.detectedAt)) }),
        updated_at: breach.detectedAt,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", breach.caseId)
      .execute();
    await insertHistory(tx, breach.caseId, [breach.history]);
    return true;
  });
}
