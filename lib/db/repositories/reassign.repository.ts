import type { Kysely } from "kysely";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";
import { insertHistory } from "./intake.repository";
import { claimWorkerSlot, releaseWorkerSlot } from "./worker-load.repository";

export interface WorkerMove {
  caseId: string;
  expectedVersion: number;
  workerId: string;
  /** The worker who holds the case now and gets their load unit back, if any. */
  previousWorkerId: string | null;
  travelMeters: number;
  reason: unknown;
  at: Date;
  history: HistoryEntry;
}

export type WorkerMoveOutcome = "moved" | "version_changed" | "worker_unavailable";

class WorkerUnavailable extends Error {}

/**
 * Hands the case to a chosen worker in one transaction: only on the version the dispatcher saw,
 * only if that worker is on duty with a free load slot; the previous worker's slot is given back.
 * The new worker must sign for it afresh, so earlier sign-for and arrival times are cleared.
 */
export async function moveCaseToWorker(db: Kysely<Database>, move: WorkerMove): Promise<WorkerMoveOutcome> {
  return db
    .transaction()
    .execute(async (tx) => {
      const updated = await tx
        .updateTable("cases")
        .set((eb) => ({
          stage: "dispatched",
          assignee_id: move.workerId,
          dispatched_at: move.at,
          signed_for_at: null,
          arrived_at: null,
          updated_at: move.at,
          version: eb("version", "+", 1),
        }))
        .where("id", "=", move.caseId)
        .where("version", "=", move.expectedVersion)
        .returning("id")
        .executeTakeFirst();
      if (!updated) return "version_changed" as const;

      // Leaving the transaction by throwing undoes the case update above.
      if (!(await claimWorkerSlot(tx, move.workerId))) throw new WorkerUnavailable();
      if (move.previousWorkerId) await releaseWorkerSlot(tx, move.previousWorkerId);
      await tx
        .insertInto("assignments")
        .values({
          case_id: move.caseId,
          worker_id: move.workerId,
          distance_m: move.travelMeters,
          reason: JSON.stringify(move.reason),
          assigned_at: move.at,
        })
        .execute();
      await insertHistory(tx, move.caseId, [move.history]);
      return "moved" as const;
    })
    .catch((error: unknown) => {
      if (error instanceof WorkerUnavailable) return "worker_unavailable" as const;
      throw error;
    });
}
