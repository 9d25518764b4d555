import { sql, type Kysely } from "kysely";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";
import { insertHistoryOfCases } from "./intake.repository";

export interface Assignment {
  caseId: string;
  workerId: string;
  travelMeters: number;
  reason: unknown;
  at: Date;
  history: HistoryEntry;
}

export type AssignOutcome = "assigned" | "worker_unavailable" | "case_not_awaiting";

/**
 * Stores a batch of assignments in one transaction: each worker's load slots are claimed and each
 * case moves to dispatched only where the database's guards allow it, so two dispatchers racing
 * for the same worker or case cannot both win. A worker with too few free slots for all the cases
 * asked of them gets none of them; a case no longer awaiting dispatch gives its slot back.
 * Outcomes come back in the order of `assignments`.
 */
export async function assignCases(
  db: Kysely<Database>,
  assignments: readonly Assignment[],
  awaitingStages: readonly string[],
): Promise<AssignOutcome[]> {
  if (assignments.length === 0) return [];
  return db.transaction().execute(async (tx) => {
    const asked = countBy(assignments.map((a) => a.workerId));
    const { rows: claimed } = await sql<{ id: string }>`
      UPDATE workers w SET load = w.load + v.n, version = w.version + 1
      FROM unnest(${[...asked.keys()]}::text[], ${[...asked.values()]}::int[]) AS v(id, n)
      WHERE w.id = v.id AND w.on_duty AND w.load + v.n <= w.max_load
      RETURNING w.id`.execute(tx);
    const available = new Set(claimed.map((r) => r.id));
    const tried = assignments.filter((a) => available.has(a.workerId));

    const moved = new Set<string>();
    if (tried.length > 0) {
      const { rows } = await sql<{ id: string }>`
        UPDATE cases c SET stage = 'dispatched', assignee_id = v.worker_id, dispatched_at = v.at, updated_at = v.at, version = c.version + 1
        FROM unnest(${tried.map((a) => a.caseId)}::uuid[], ${tried.map((a) => a.workerId)}::text[], ${tried.map((a) => a.at.toISOString())}::timestamptz[])
          AS v(case_id, worker_id, at)
        WHERE c.id = v.case_id AND c.stage = ANY(${[...awaitingStages]}::text[])
        RETURNING c.id`.execute(tx);
      rows.forEach((r) => moved.add(r.id));
    }
    const unused = countBy(tried.filter((a) => !moved.has(a.caseId)).map((a) => a.workerId));
    if (unused.size > 0) {
      await sql`
        UPDATE workers w SET load = w.load - v.n
        FROM unnest(${[...unused.keys()]}::text[], ${[...unused.values()]}::int[]) AS v(id, n)
        WHERE w.id = v.id`.execute(tx);
    }

    const stored = tried.filter((a) => moved.has(a.caseId));
    if (stored.length > 0) {
      await sql`
        INSERT INTO assignments (case_id, worker_id, distance_m, reason, assigned_at)
        SELECT * FROM unnest(${stored.map((a) => a.caseId)}::uuid[], ${stored.map((a) => a.workerId)}::text[],
                             ${stored.map((a) => a.travelMeters)}::int[], ${stored.map((a) => JSON.stringify(a.reason))}::jsonb[],
                             ${stored.map((a) => a.at.toISOString())}::timestamptz[])`.execute(tx);
      await insertHistoryOfCases(tx, stored.map((a) => ({ caseId: a.caseId, ...a.history })));
    }
    return assignments.map((a): AssignOutcome => {
      if (!available.has(a.workerId)) return "worker_unavailable";
      return moved.has(a.caseId) ? "assigned" : "case_not_awaiting";
    });
  });
}

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
