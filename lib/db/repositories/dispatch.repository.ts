import type { Kysely } from "kysely";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";
import { insertHistory } from "./intake.repository";

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
 * Claims a load slot of the worker and moves the case to dispatched, atomically. Both guards
 * are checked in the database so two dispatchers racing for the same worker or case cannot both win.
 */
export async function assignCase(
  db: Kysely<Database>,
  assignment: Assignment,
  awaitingStages: readonly string[],
): Promise<AssignOutcome> {
  return db.transaction().execute(async (tx) => {
    const worker = await tx
      .updateTable("workers")
      .set((eb) => ({ load: eb("load", "+", 1), version: eb("version", "+", 1) }))
      .where("id", "=", assignment.workerId)
      .where("on_duty", "=", true)
      .where((eb) => eb("load", "<", eb.ref("max_load")))
      .returning("id")
      .executeTakeFirst();
    if (!worker) return "worker_unavailable";

    const updated = await tx
      .updateTable("cases")
      .set((eb) => ({
        stage: "dispatched",
        assignee_id: assignment.workerId,
        dispatched_at: assignment.at,
        updated_at: assignment.at,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", assignment.caseId)
      .where("stage", "in", awaitingStages)
      .returning("id")
      .executeTakeFirst();
    if (!updated) {
      // Nothing to assign: undo the claim by leaving the transaction.
      throw new CaseNotAwaiting();
    }
    await tx
      .insertInto("assignments")
      .values({
        case_id: assignment.caseId,
        worker_id: assignment.workerId,
        distance_m: assignment.travelMeters,
        reason: JSON.stringify(assignment.reason),
        assigned_at: assignment.at,
      })
      .execute();
    await insertHistory(tx, assignment.caseId, [assignment.history]);
    return "assigned" as const;
  }).catch((error: unknown) => {
    if (error instanceof CaseNotAwaiting) return "case_not_awaiting" as const;
    throw error;
  });
}

class CaseNotAwaiting extends Error {}
