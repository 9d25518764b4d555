import type { Kysely } from "kysely";
import type { Whistle } from "@/lib/contracts/summons";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import { isUuid, onlyUuids } from "../is-uuid";
import type { Database } from "../schema";
import { insertHistory, insertHistoryOfCases } from "./intake.repository";

export interface NewSummons {
  id: string;
  caseId: string;
  whistle: Whistle;
  summonedBy: string;
  reason: string;
  createdAt: Date;
  ackDueAt: Date;
  departments: readonly string[];
  history: HistoryEntry;
}

/**
 * Stores summonses once each, all in one transaction: a repeated insert of the same id changes
 * nothing. Answers the ids stored by this call.
 */
export async function insertSummons(db: Kysely<Database>, summonses: readonly NewSummons[]): Promise<Set<string>> {
  if (summonses.length === 0) return new Set();
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto("summons")
      .values(
        summonses.map((summons) => ({
          id: summons.id,
          case_id: summons.caseId,
          whistle: summons.whistle,
          summoned_by: summons.summonedBy,
          reason: summons.reason,
          created_at: summons.createdAt,
          ack_due_at: summons.ackDueAt,
        })),
      )
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    const stored = new Set(inserted.map((row) => row.id));
    const fresh = summonses.filter((summons) => stored.has(summons.id));
    if (fresh.length === 0) return stored;
    await tx
      .insertInto("summon_departments")
      .values(fresh.flatMap((summons) => summons.departments.map((department) => ({ summon_id: summons.id, department }))))
      .execute();
    await insertHistoryOfCases(tx, fresh.map((summons) => ({ caseId: summons.caseId, ...summons.history })));
    return stored;
  });
}

export interface SummonRow {
  id: string;
  case_id: string;
  whistle: string;
  summoned_by: string;
  reason: string;
  created_at: Date | string;
  ack_due_at: Date | string;
  department: string;
  acknowledged_at: Date | string | null;
  acknowledged_by: string | null;
  missed_at: Date | string | null;
  score: number | null;
  case_code: string;
  case_category: string;
  case_department: string;
}

function summonRows(db: Kysely<Database>) {
  return db
    .selectFrom("summons")
    .innerJoin("summon_departments", "summon_departments.summon_id", "summons.id")
    .innerJoin("cases", "cases.id", "summons.case_id")
    .select([
      "cases.code as case_code",
      "cases.category as case_category",
      "cases.department as case_department",
      "summons.id",
      "summons.case_id",
      "summons.whistle",
      "summons.summoned_by",
      "summons.reason",
      "summons.created_at",
      "summons.ack_due_at",
      "summon_departments.department",
      "summon_departments.acknowledged_at",
      "summon_departments.acknowledged_by",
      "summon_departments.missed_at",
      "summon_departments.score",
    ])
    .orderBy("summons.created_at")
    .orderBy("summon_departments.department");
}

export async function listSummonRows(
  db: Kysely<Database>,
  filter: { caseId?: string; summonId?: string; summonIds?: readonly string[]; department?: string },
): Promise<SummonRow[]> {
  const summonIds = filter.summonIds && onlyUuids(filter.summonIds);
  if (summonIds?.length === 0 || [filter.caseId, filter.summonId].some((id) => id !== undefined && !isUuid(id))) return [];
  let query = summonRows(db);
  if (filter.caseId) query = query.where("summons.case_id", "=", filter.caseId);
  if (filter.summonId) query = query.where("summons.id", "=", filter.summonId);
  if (summonIds) query = query.where("summons.id", "in", summonIds);
  if (filter.department) query = query.where("summon_departments.department", "=", filter.department);
  return query.execute();
}

/** Records a department's 报到; false when it had already reported in (or was not summoned). */
export async function acknowledge(
  db: Kysely<Database>,
  ack: { summonId: string; caseId: string; department: string; by: string; at: Date; history: HistoryEntry },
): Promise<boolean> {
  if (!isUuid(ack.summonId)) return false;
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable("summon_departments")
      .set({ acknowledged_at: ack.at, acknowledged_by: ack.by })
      .where("summon_id", "=", ack.summonId)
      .where("department", "=", ack.department)
      .where("acknowledged_at", "is", null)
      .returning("department")
      .executeTakeFirst();
    if (!updated) return false;
    await insertHistory(tx, ack.caseId, [ack.history]);
    return true;
  });
}

/** Marks every department still not reported in as having missed; returns them (none on a rerun). */
export async function markMissed(db: Kysely<Database>, summonId: string, at: Date): Promise<string[]> {
  if (!isUuid(summonId)) return [];
  const rows = await db
    .updateTable("summon_departments")
    .set({ missed_at: at })
    .where("summon_id", "=", summonId)
    .where("acknowledged_at", "is", null)
    .where("missed_at", "is", null)
    .returning("department")
    .execute();
  return rows.map((r) => r.department);
}

export async function rateDepartment(
  db: Kysely<Database>,
  rating: { summonId: string; department: string; score: number; by: string; at: Date },
): Promise<boolean> {
  if (!isUuid(rating.summonId)) return false;
  const updated = await db
    .updateTable("summon_departments")
    .set({ score: rating.score, rated_at: rating.at, rated_by: rating.by })
    .where("summon_id", "=", rating.summonId)
    .where("department", "=", rating.department)
    .returning("department")
    .executeTakeFirst();
  return updated !== undefined;
}
