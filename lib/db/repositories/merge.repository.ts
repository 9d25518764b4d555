import type { Kysely } from "kysely";
import { openStages, type Stage } from "@/lib/contracts/stage";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import type { Database } from "../schema";
import { insertHistory } from "./intake.repository";
import { releaseWorkerSlot } from "./worker-load.repository";

export interface CaseMerge {
  sourceId: string;
  targetId: string;
  expectedVersion: number;
  releaseWorkerId: string | null;
  at: Date;
  sourceHistory: HistoryEntry;
  targetHistory: HistoryEntry;
}

export type MergeOutcome = "merged" | "version_changed" | "target_missing" | "target_not_open";

/**
 * Marks the source a duplicate of the target, in one transaction: the source only on the version the
 * dispatcher saw, the target only while it is open. Both are recorded in their histories and both get
 * a new version, so every screen refreshes both; the target is marked as carrying reports, whose
 * reporters hear of its steps from then on.
 */
export async function mergeCases(db: Kysely<Database>, merge: CaseMerge): Promise<MergeOutcome> {
  return db.transaction().execute(async (tx) => {
    // Locked in id order, so two merges of the same pair in opposite directions cannot deadlock.
    const locked = await tx
      .selectFrom("cases")
      .select(["id", "stage"])
      .where("id", "in", [merge.sourceId, merge.targetId])
      .orderBy("id")
      .forUpdate()
      .execute();
    const target = locked.find((row) => row.id === merge.targetId);
    if (!target) return "target_missing";
    if (!openStages.includes(target.stage as Stage)) return "target_not_open";

    const updated = await tx
      .updateTable("cases")
      .set((eb) => ({ stage: "merged", merged_into: merge.targetId, merged_at: merge.at, updated_at: merge.at, version: eb("version", "+", 1) }))
      .where("id", "=", merge.sourceId)
      .where("version", "=", merge.expectedVersion)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return "version_changed";

    await tx
      .updateTable("cases")
      .set((eb) => ({ carries_reports: true, updated_at: merge.at, version: eb("version", "+", 1) }))
      .where("id", "=", merge.targetId)
      .execute();
    if (merge.releaseWorkerId) await releaseWorkerSlot(tx, merge.releaseWorkerId);
    await insertHistory(tx, merge.sourceId, [merge.sourceHistory]);
    await insertHistory(tx, merge.targetId, [merge.targetHistory]);
    return "merged";
  });
}
