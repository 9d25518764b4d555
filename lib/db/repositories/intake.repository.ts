import { sql, type Kysely, type Transaction } from "kysely";
import type { HistoryEntry, OpenedCase } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";
import { insertTrackingLink } from "./tracking.repository";

export interface IncomingEvent {
  id: string;
  idempotencyKey: string;
  channel: string;
  category: string;
  payload: unknown;
  receivedAt: Date;
}

/** Who reported, and the hash of their private tracking link. */
export interface Reporting {
  reporterId: string;
  trackingTokenHash?: string;
}

export type RecordOutcome = { created: true; caseId: string } | { created: false; caseId: string | null };

export async function insertHistory(tx: Transaction<Database>, caseId: string, entries: readonly HistoryEntry[]) {
  if (entries.length === 0) return;
  await tx
    .insertInto("case_history")
    .values(
      entries.map((h) => ({
        case_id: caseId,
        at: h.at,
        actor: h.actor,
        action: h.action,
        from_stage: h.fromStage,
        to_stage: h.toStage,
        detail: JSON.stringify(h.detail),
      })),
    )
    .execute();
}

/**
 * Stores the event and the case it opens in one transaction. An event whose idempotency key is
 * already stored changes nothing and reports the case it opened then.
 */
export async function recordEventWithCase(
  db: Kysely<Database>,
  event: IncomingEvent,
  build: (code: number) => { case: OpenedCase; history: HistoryEntry[] },
  reporting?: Reporting,
): Promise<RecordOutcome> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto("events")
      .values({
        id: event.id,
        idempotency_key: event.idempotencyKey,
        channel: event.channel,
        category: event.category,
        payload: JSON.stringify(event.payload),
        received_at: event.receivedAt,
      })
      .onConflict((oc) => oc.column("idempotency_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) {
      const existing = await tx
        .selectFrom("events")
        .select("case_id")
        .where("idempotency_key", "=", event.idempotencyKey)
        .executeTakeFirstOrThrow();
      return { created: false, caseId: existing.case_id };
    }
    const { rows } = await sql<{ n: number }>`SELECT nextval('case_code_seq')::int AS n`.execute(tx);
    const opened = build(rows[0]!.n);
    const c = opened.case;
    await tx
      .insertInto("cases")
      .values({
        id: c.id,
        code: c.code,
        category: c.category,
        channel: c.channel,
        priority: c.priority,
        stage: c.stage,
        description: c.description,
        lat: c.lat,
        lng: c.lng,
        grid_cell: c.gridCell,
        district: c.district,
        department: c.department,
        reporter_id: reporting?.reporterId ?? null,
        created_at: c.createdAt,
        updated_at: c.createdAt,
      })
      .execute();
    await insertHistory(tx, c.id, opened.history);
    if (reporting?.trackingTokenHash) {
      await insertTrackingLink(tx, { tokenHash: reporting.trackingTokenHash, caseId: c.id, createdAt: c.createdAt });
    }
    await tx.updateTable("events").set({ case_id: c.id }).where("id", "=", event.id).execute();
    return { created: true, caseId: c.id };
  });
}
