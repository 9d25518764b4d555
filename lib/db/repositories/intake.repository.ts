import { sql, type Kysely, type Transaction } from "kysely";
import type { HistoryEntry, OpenedCase } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";

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

export interface CaseHistoryEntry extends HistoryEntry {
  caseId: string;
}

export async function insertHistory(tx: Transaction<Database>, caseId: string, entries: readonly HistoryEntry[]) {
  await insertHistoryOfCases(tx, entries.map((h) => ({ caseId, ...h })));
}

/** Appends history entries of any number of cases in one statement. */
export async function insertHistoryOfCases(tx: Transaction<Database>, entries: readonly CaseHistoryEntry[]) {
  if (entries.length === 0) return;
  await sql`
    INSERT INTO case_history (case_id, at, actor, action, from_stage, to_stage, detail)
    SELECT * FROM unnest(
      ${entries.map((h) => h.caseId)}::uuid[], ${entries.map((h) => h.at.toISOString())}::timestamptz[],
      ${entries.map((h) => h.actor)}::text[], ${entries.map((h) => h.action)}::text[], ${entries.map((h) => h.fromStage)}::text[],
      ${entries.map((h) => h.toStage)}::text[], ${entries.map((h) => JSON.stringify(h.detail))}::jsonb[])`.execute(tx);
}

export interface EventToRecord {
  event: IncomingEvent;
  reporting: Reporting;
}

export type OpenCaseFor<T extends EventToRecord> = (item: T, sequence: number) => { case: OpenedCase; history: HistoryEntry[] };

/**
 * Stores a batch of events and the cases they open in one transaction, a handful of statements
 * whatever the batch size. Events whose idempotency key is already stored (or came earlier in the
 * batch) change nothing and report the case they opened then; outcomes come back in the order of `items`.
 */
export async function recordEventsWithCases<T extends EventToRecord>(
  db: Kysely<Database>,
  items: readonly T[],
  open: OpenCaseFor<T>,
): Promise<RecordOutcome[]> {
  if (items.length === 0) return [];
  // A key retried within the batch is stored once: its first item opens the case, the others find it.
  const firstOfEvent = new Map<string, T>();
  for (const item of items) if (!firstOfEvent.has(item.event.id)) firstOfEvent.set(item.event.id, item);
  const distinct = [...firstOfEvent.values()];
  return db.transaction().execute(async (tx) => {
    const events = distinct.map((i) => i.event);
    const { rows: inserted } = await sql<{ id: string }>`
      INSERT INTO events (id, idempotency_key, channel, category, payload, received_at)
      SELECT * FROM unnest(
        ${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.idempotencyKey)}::text[],
        ${events.map((e) => e.channel)}::text[], ${events.map((e) => e.category)}::text[],
        ${events.map((e) => JSON.stringify(e.payload))}::jsonb[], ${events.map((e) => e.receivedAt.toISOString())}::timestamptz[])
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING id`.execute(tx);
    const isNew = new Set(inserted.map((r) => r.id));
    const opened = await openCases(
      tx,
      distinct.filter((i) => isNew.has(i.event.id)),
      open,
    );
    const known = await casesOfStoredEvents(
      tx,
      distinct.filter((i) => !isNew.has(i.event.id)).map((i) => i.event.idempotencyKey),
    );
    return items.map((item): RecordOutcome => {
      const caseId = opened.get(item.event.id);
      if (caseId) return { created: firstOfEvent.get(item.event.id) === item, caseId };
      return { created: false, caseId: known.get(item.event.idempotencyKey) ?? null };
    });
  });
}

/** Opens one case per newly stored event, with its history and tracking link; event id → case id. */
async function openCases<T extends EventToRecord>(tx: Transaction<Database>, fresh: readonly T[], open: OpenCaseFor<T>): Promise<Map<string, string>> {
  if (fresh.length === 0) return new Map();
  const { rows: codes } = await sql<{ n: number }>`SELECT nextval('case_code_seq')::int AS n FROM generate_series(1, ${fresh.length}::int)`.execute(tx);
  const built = fresh.map((item, i) => ({ item, ...open(item, codes[i]!.n) }));
  const cases = built.map((b) => b.case);
  await sql`
    INSERT INTO cases (id, code, category, channel, priority, stage, description, lat, lng, grid_cell, district,
                       location_approximate, department, reporter_id, created_at, updated_at)
    SELECT c.*, c.created_at FROM unnest(
      ${cases.map((c) => c.id)}::uuid[], ${cases.map((c) => c.code)}::text[], ${cases.map((c) => c.category)}::text[],
      ${cases.map((c) => c.channel)}::text[], ${cases.map((c) => c.priority)}::text[], ${cases.map((c) => c.stage)}::text[],
      ${cases.map((c) => c.description)}::text[], ${cases.map((c) => c.lat)}::float8[], ${cases.map((c) => c.lng)}::float8[],
      ${cases.map((c) => c.gridCell)}::text[], ${cases.map((c) => c.district)}::int[],
      ${cases.map((c) => c.locationApproximate)}::boolean[], ${cases.map((c) => c.department)}::text[],
      ${built.map((b) => b.item.reporting.reporterId)}::text[], ${cases.map((c) => c.createdAt.toISOString())}::timestamptz[]
    ) AS c(id, code, category, channel, priority, stage, description, lat, lng, grid_cell, district, location_approximate, department,
           reporter_id, created_at)`.execute(tx);

  await insertHistoryOfCases(tx, built.flatMap((b) => b.history.map((h) => ({ caseId: b.case.id, ...h }))));

  const links = built.flatMap((b) => (b.item.reporting.trackingTokenHash ? [{ hash: b.item.reporting.trackingTokenHash, c: b.case }] : []));
  if (links.length > 0) {
    await sql`
      INSERT INTO tracking_links (token_hash, case_id, created_at)
      SELECT * FROM unnest(${links.map((l) => l.hash)}::text[], ${links.map((l) => l.c.id)}::uuid[],
                           ${links.map((l) => l.c.createdAt.toISOString())}::timestamptz[])
      ON CONFLICT (token_hash) DO NOTHING`.execute(tx);
  }
  await sql`
    UPDATE events SET case_id = v.case_id
    FROM unnest(${built.map((b) => b.item.event.id)}::uuid[], ${cases.map((c) => c.id)}::uuid[]) AS v(event_id, case_id)
    WHERE events.id = v.event_id`.execute(tx);
  return new Map(built.map((b) => [b.item.event.id, b.case.id]));
}

/** The case each already stored idempotency key opened (null while that first transaction is still open elsewhere). */
async function casesOfStoredEvents(tx: Transaction<Database>, keys: readonly string[]): Promise<Map<string, string | null>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.selectFrom("events").select(["idempotency_key", "case_id"]).where("idempotency_key", "in", keys).execute();
  return new Map(rows.map((r) => [r.idempotency_key, r.case_id]));
}
