import { sql, type Kysely, type Transaction } from "kysely";
import { slotsAsked, type DispatchChoice, type IntakeCase } from "@/lib/domain/intake/decide-intake";
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

/** What intake decides in memory, asked by `storeIntake` inside its transaction. */
export interface IntakePlan<T extends EventToRecord> {
  /** The case each event stored for the first time opens; `codes` are numbers drawn for them, in order. */
  open(fresh: readonly T[], codes: readonly number[]): { case: OpenedCase; history: HistoryEntry[] }[];
  /** Workers for cases still without one, passing over those the database refused this batch. */
  choose(cases: readonly OpenedCase[], refused: ReadonlySet<string>): Map<string, DispatchChoice>;
  /** The case as stored, given the worker whose slot was claimed for it (or none). */
  settle(opened: { case: OpenedCase; history: HistoryEntry[] }, choice: DispatchChoice | null): { case: IntakeCase; history: HistoryEntry[] };
}

/** A worker whose load slots a batch claimed, as the claim left them. */
export interface ClaimedWorker {
  id: string;
  name: string;
  district: number;
  on_duty: boolean;
  load: number;
  max_load: number;
  lat: number;
  lng: number;
}

export interface StoredCase<T> {
  item: T;
  case: IntakeCase;
  history: HistoryEntry[];
  choice: DispatchChoice | null;
}

export interface StoredIntake<T> {
  /** In the order of the items given. */
  outcomes: RecordOutcome[];
  /** The cases this batch opened, as stored. */
  opened: StoredCase<T>[];
  claimed: Map<string, ClaimedWorker>;
}

/** How many times a case whose chosen worker was refused goes at once to the next-best. */
const CLAIM_ROUNDS = 4;

/**
 * Stores a batch of events, the cases they open (already dispatched where a worker's slot could be
 * claimed), their history, tracking links and assignments in one transaction: every row written
 * once, in its final state, and nothing read back. Events whose idempotency key is already stored
 * (or came earlier in the batch) change nothing and report the case they opened then. Load slots
 * are claimed by PostgreSQL's guarded update (on duty, under the limit); a worker it refuses is
 * passed over for the rest of the batch and their cases go to the next-best at once, for a few
 * rounds, after which a case stays waiting for the dispatch queue.
 */
export async function storeIntake<T extends EventToRecord>(db: Kysely<Database>, items: readonly T[], plan: IntakePlan<T>): Promise<StoredIntake<T>> {
  if (items.length === 0) return { outcomes: [], opened: [], claimed: new Map() };
  // A key retried within the batch is stored once: its first item opens the case, the others find it.
  const firstOfEvent = new Map<string, T>();
  for (const item of items) if (!firstOfEvent.has(item.event.id)) firstOfEvent.set(item.event.id, item);
  const distinct = [...firstOfEvent.values()];
  return db.transaction().execute(async (tx) => {
    // A key another transaction is storing right now is not seen here; its INSERT below then fails
    // on the unique key and the batch is run again, when it is found.
    const known = await casesOfStoredEvents(tx, distinct.map((i) => i.event.idempotencyKey));
    const fresh = distinct.filter((i) => !known.has(i.event.idempotencyKey));
    const codes = await drawCaseCodes(tx, fresh.length);
    const opened = plan.open(fresh, codes);
    const { won, claimed } = await claimWorkers(tx, opened.map((o) => o.case), plan);
    const stored = opened.map((o, i): StoredCase<T> => {
      const choice = won.get(o.case.id) ?? null;
      return { item: fresh[i]!, choice, ...plan.settle(o, choice) };
    });
    await insertCases(tx, stored);
    await insertEvents(tx, stored);
    await insertHistoryOfCases(tx, stored.flatMap((s) => s.history.map((h) => ({ caseId: s.case.id, ...h }))));
    await insertTrackingLinks(tx, stored);
    await insertAssignments(tx, stored);

    const openedBy = new Map(stored.map((s) => [s.item.event.id, s.case.id]));
    const outcomes = items.map((item): RecordOutcome => {
      const caseId = openedBy.get(item.event.id);
      if (caseId) return { created: firstOfEvent.get(item.event.id) === item, caseId };
      return { created: false, caseId: known.get(item.event.idempotencyKey) ?? null };
    });
    return { outcomes, opened: stored, claimed };
  });
}

async function drawCaseCodes(tx: Transaction<Database>, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await sql<{ n: number }>`SELECT nextval('case_code_seq')::int AS n FROM generate_series(1, ${count}::int)`.execute(tx);
  return rows.map((r) => r.n);
}

/** Claims slots round by round; the choices stay reserved in the index until the caller releases them. */
async function claimWorkers<T extends EventToRecord>(tx: Transaction<Database>, cases: readonly OpenedCase[], plan: IntakePlan<T>) {
  const won = new Map<string, DispatchChoice>();
  const claimed = new Map<string, ClaimedWorker>();
  const refused = new Set<string>();
  let waiting = cases;
  for (let round = 0; round < CLAIM_ROUNDS && waiting.length > 0; round++) {
    const choices = plan.choose(waiting, refused);
    if (choices.size === 0) break;
    const asked = slotsAsked(choices.values());
    const { rows } = await sql<ClaimedWorker>`
      UPDATE workers w SET load = w.load + v.n, version = w.version + 1
      FROM unnest(${[...asked.keys()]}::text[], ${[...asked.values()]}::int[]) AS v(id, n)
      WHERE w.id = v.id AND w.on_duty AND w.load + v.n <= w.max_load
      RETURNING w.id, w.name, w.district, w.on_duty, w.load, w.max_load, w.lat, w.lng`.execute(tx);
    for (const row of rows) claimed.set(row.id, row);
    const granted = new Set(rows.map((r) => r.id));
    for (const id of asked.keys()) if (!granted.has(id)) refused.add(id);
    for (const [caseId, choice] of choices) if (granted.has(choice.workerId)) won.set(caseId, choice);
    waiting = waiting.filter((c) => choices.has(c.id) && !won.has(c.id));
  }
  return { won, claimed };
}

async function insertCases(tx: Transaction<Database>, stored: readonly StoredCase<EventToRecord>[]): Promise<void> {
  if (stored.length === 0) return;
  const cases = stored.map((s) => s.case);
  await sql`
    INSERT INTO cases (id, code, category, channel, priority, stage, description, lat, lng, grid_cell, district,
                       location_approximate, department, reporter_id, assignee_id, created_at, dispatched_at, version, updated_at)
    SELECT c.*, c.created_at FROM unnest(
      ${cases.map((c) => c.id)}::uuid[], ${cases.map((c) => c.code)}::text[], ${cases.map((c) => c.category)}::text[],
      ${cases.map((c) => c.channel)}::text[], ${cases.map((c) => c.priority)}::text[], ${cases.map((c) => c.stage)}::text[],
      ${cases.map((c) => c.description)}::text[], ${cases.map((c) => c.lat)}::float8[], ${cases.map((c) => c.lng)}::float8[],
      ${cases.map((c) => c.gridCell)}::text[], ${cases.map((c) => c.district)}::int[],
      ${cases.map((c) => c.locationApproximate)}::boolean[], ${cases.map((c) => c.department)}::text[],
      ${stored.map((s) => s.item.reporting.reporterId)}::text[], ${cases.map((c) => c.assigneeId)}::text[],
      ${cases.map((c) => c.createdAt.toISOString())}::timestamptz[], ${cases.map((c) => c.dispatchedAt?.toISOString() ?? null)}::timestamptz[],
      ${cases.map((c) => c.version)}::int[]
    ) AS c(id, code, category, channel, priority, stage, description, lat, lng, grid_cell, district, location_approximate, department,
           reporter_id, assignee_id, created_at, dispatched_at, version)`.execute(tx);
}

/** The events, each pointing at the case it opened; a key stored meanwhile by another transaction fails the batch. */
async function insertEvents(tx: Transaction<Database>, stored: readonly StoredCase<EventToRecord>[]): Promise<void> {
  if (stored.length === 0) return;
  const events = stored.map((s) => s.item.event);
  await sql`
    INSERT INTO events (id, idempotency_key, channel, category, payload, received_at, case_id)
    SELECT * FROM unnest(
      ${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.idempotencyKey)}::text[],
      ${events.map((e) => e.channel)}::text[], ${events.map((e) => e.category)}::text[],
      ${events.map((e) => JSON.stringify(e.payload))}::jsonb[], ${events.map((e) => e.receivedAt.toISOString())}::timestamptz[],
      ${stored.map((s) => s.case.id)}::uuid[])`.execute(tx);
}

async function insertTrackingLinks(tx: Transaction<Database>, stored: readonly StoredCase<EventToRecord>[]): Promise<void> {
  const links = stored.flatMap((s) => (s.item.reporting.trackingTokenHash ? [{ hash: s.item.reporting.trackingTokenHash, c: s.case }] : []));
  if (links.length === 0) return;
  await sql`
    INSERT INTO tracking_links (token_hash, case_id, created_at)
    SELECT * FROM unnest(${links.map((l) => l.hash)}::text[], ${links.map((l) => l.c.id)}::uuid[],
                         ${links.map((l) => l.c.createdAt.toISOString())}::timestamptz[])
    ON CONFLICT (token_hash) DO NOTHING`.execute(tx);
}

async function insertAssignments(tx: Transaction<Database>, stored: readonly StoredCase<EventToRecord>[]): Promise<void> {
  const assigned = stored.flatMap((s) => (s.choice ? [{ c: s.case, choice: s.choice }] : []));
  if (assigned.length === 0) return;
  await sql`
    INSERT INTO assignments (case_id, worker_id, distance_m, reason, assigned_at)
    SELECT * FROM unnest(${assigned.map((a) => a.c.id)}::uuid[], ${assigned.map((a) => a.choice.workerId)}::text[],
                         ${assigned.map((a) => a.choice.travelMeters)}::int[], ${assigned.map((a) => JSON.stringify(a.choice.reason))}::jsonb[],
                         ${assigned.map((a) => a.c.createdAt.toISOString())}::timestamptz[])`.execute(tx);
}

/** The case each already stored idempotency key opened. */
async function casesOfStoredEvents(tx: Transaction<Database>, keys: readonly string[]): Promise<Map<string, string | null>> {
  const { rows } = await sql<{ idempotency_key: string; case_id: string | null }>`
    SELECT idempotency_key, case_id FROM events WHERE idempotency_key = ANY(${keys}::text[])`.execute(tx);
  return new Map(rows.map((r) => [r.idempotency_key, r.case_id]));
}
