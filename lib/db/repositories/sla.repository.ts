import { sql, type Kysely, type Transaction } from "kysely";
import type { CheckedCaseFacts, ClockCheck } from "@/lib/domain/sla/decide-sla-check";
import type { SlaClock } from "@/lib/domain/sla/sla-clocks";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import type { Stage } from "@/lib/contracts/stage";
import { isUuid } from "../is-uuid";
import type { Database } from "../schema";
import { insertHistoryOfCases } from "./intake.repository";

export interface BreachRecord {
  caseId: string;
  clock: SlaClock;
  startedAt: Date;
  dueAt: Date;
  detectedAt: Date;
  response: "reassign" | "escalate";
  history: HistoryEntry;
}

/** A task taken back from the worker who let its sign-for deadline started at `startedAt` pass. */
export interface SlaRecall {
  caseId: string;
  workerId: string;
  startedAt: Date;
  history: HistoryEntry;
}

interface CheckedRow {
  i: number;
  category: string;
  stage: Stage;
  assignee_id: string | null;
  signed_for_at: Date | null;
  arrived_at: Date | null;
  resolved_at: Date | null;
  earlier_sign_for_misses: number;
  breach_recorded: boolean;
}

/** The facts each check needs, for all of them in one query; in the order of `checks`, undefined for an unknown case. */
export async function findCheckedCases(db: Kysely<Database>, checks: readonly ClockCheck[]): Promise<(CheckedCaseFacts | undefined)[]> {
  const known = checks.flatMap((check, i) => (isUuid(check.caseId) ? [{ check, i }] : []));
  if (known.length === 0) return checks.map(() => undefined);
  const { rows } = await sql<CheckedRow>`
    SELECT v.i::int AS i, c.category, c.stage, c.assignee_id, c.signed_for_at, c.arrived_at, c.resolved_at,
      (SELECT count(*) FROM sla_breaches b WHERE b.case_id = c.id AND b.clock = 'sign_for' AND b.started_at <> v.started_at)::int AS earlier_sign_for_misses,
      EXISTS (SELECT 1 FROM sla_breaches b WHERE b.case_id = c.id AND b.clock = v.clock AND b.started_at = v.started_at) AS breach_recorded
    FROM unnest(${known.map((k) => k.i)}::int[], ${known.map((k) => k.check.caseId)}::uuid[], ${known.map((k) => k.check.clock)}::text[],
                ${known.map((k) => k.check.startedAt.toISOString())}::timestamptz[]) AS v(i, case_id, clock, started_at)
    JOIN cases c ON c.id = v.case_id`.execute(db);
  const facts: (CheckedCaseFacts | undefined)[] = checks.map(() => undefined);
  for (const row of rows) {
    facts[row.i] = {
      category: row.category,
      stage: row.stage,
      assigneeId: row.assignee_id,
      signedForAt: row.signed_for_at && new Date(row.signed_for_at),
      arrivedAt: row.arrived_at && new Date(row.arrived_at),
      resolvedAt: row.resolved_at && new Date(row.resolved_at),
      earlierSignForMisses: row.earlier_sign_for_misses,
      breachRecorded: row.breach_recorded,
    };
  }
  return facts;
}

/**
 * Stores what a batch of checks decided, in one transaction: each missed deadline once (a retried
 * batch adds nothing), its case flagged overdue (and escalated, when that is the response) with the
 * breach in its history; then the tasks to take back are recalled where the worker still holds them
 * unsigned, their load slots given back. Returns the recalls that took place. Each clock (case,
 * clock, start) and each case to recall is expected once.
 */
export async function storeSlaOutcomes(
  db: Kysely<Database>,
  outcomes: { breaches: readonly BreachRecord[]; recalls: readonly SlaRecall[] },
): Promise<SlaRecall[]> {
  return db.transaction().execute(async (tx) => {
    await recordBreaches(tx, outcomes.breaches);
    return recall(tx, outcomes.recalls);
  });
}

const keyOf = (b: { caseId: string; clock: string; startedAt: Date }) => `${b.caseId}#${b.clock}#${b.startedAt.getTime()}`;

async function recordBreaches(tx: Transaction<Database>, breaches: readonly BreachRecord[]): Promise<void> {
  if (breaches.length === 0) return;
  const { rows } = await sql<{ case_id: string; clock: string; started_at: Date }>`
    INSERT INTO sla_breaches (case_id, clock, started_at, due_at, detected_at, response)
    SELECT * FROM unnest(${breaches.map((b) => b.caseId)}::uuid[], ${breaches.map((b) => b.clock)}::text[],
                         ${breaches.map((b) => b.startedAt.toISOString())}::timestamptz[], ${breaches.map((b) => b.dueAt.toISOString())}::timestamptz[],
                         ${breaches.map((b) => b.detectedAt.toISOString())}::timestamptz[], ${breaches.map((b) => b.response)}::text[])
    ON CONFLICT (case_id, clock, started_at) DO NOTHING
    RETURNING case_id, clock, started_at`.execute(tx);
  const inserted = new Set(rows.map((r) => keyOf({ caseId: r.case_id, clock: r.clock, startedAt: new Date(r.started_at) })));
  const fresh = breaches.filter((b) => inserted.has(keyOf(b)));
  if (fresh.length === 0) return;

  // One row per case: two clocks of a case may lapse in the same batch.
  const flags = new Map<string, { dueAt: Date; escalatedAt: Date | null; at: Date }>();
  for (const b of fresh) {
    const seen = flags.get(b.caseId);
    const escalatedAt = b.response === "escalate" ? b.detectedAt : null;
    flags.set(b.caseId, {
      dueAt: seen && seen.dueAt < b.dueAt ? seen.dueAt : b.dueAt,
      escalatedAt: seen?.escalatedAt ?? escalatedAt,
      at: b.detectedAt,
    });
  }
  const cases = [...flags];
  await sql`
    UPDATE cases c SET overdue_since = coalesce(c.overdue_since, v.due_at), escalated_at = coalesce(c.escalated_at, v.escalated_at),
      updated_at = v.at, version = c.version + 1
    FROM unnest(${cases.map(([id]) => id)}::uuid[], ${cases.map(([, f]) => f.dueAt.toISOString())}::timestamptz[],
                ${cases.map(([, f]) => f.escalatedAt?.toISOString() ?? null)}::timestamptz[], ${cases.map(([, f]) => f.at.toISOString())}::timestamptz[])
      AS v(case_id, due_at, escalated_at, at)
    WHERE c.id = v.case_id`.execute(tx);
  await insertHistoryOfCases(tx, fresh.map((b) => ({ caseId: b.caseId, ...b.history })));
}

async function recall(tx: Transaction<Database>, recalls: readonly SlaRecall[]): Promise<SlaRecall[]> {
  if (recalls.length === 0) return [];
  // The same guard as the clock itself: still dispatched to that worker and not signed for since.
  const { rows } = await sql<{ id: string }>`
    UPDATE cases c SET stage = 'accepted', updated_at = v.at, version = c.version + 1
    FROM unnest(${recalls.map((r) => r.caseId)}::uuid[], ${recalls.map((r) => r.workerId)}::text[],
                ${recalls.map((r) => r.startedAt.toISOString())}::timestamptz[], ${recalls.map((r) => r.history.at.toISOString())}::timestamptz[])
      AS v(case_id, worker_id, started_at, at)
    WHERE c.id = v.case_id AND c.stage = 'dispatched' AND c.assignee_id = v.worker_id
      AND (c.signed_for_at IS NULL OR c.signed_for_at < v.started_at)
    RETURNING c.id`.execute(tx);
  const moved = new Set(rows.map((r) => r.id));
  const done = recalls.filter((r) => moved.has(r.caseId));
  if (done.length === 0) return [];
  const released = new Map<string, number>();
  for (const r of done) released.set(r.workerId, (released.get(r.workerId) ?? 0) + 1);
  await sql`
    UPDATE workers w SET load = greatest(0, w.load - v.n), version = w.version + 1
    FROM unnest(${[...released.keys()]}::text[], ${[...released.values()]}::int[]) AS v(id, n)
    WHERE w.id = v.id`.execute(tx);
  await insertHistoryOfCases(tx, done.map((r) => ({ caseId: r.caseId, ...r.history })));
  return done;
}
