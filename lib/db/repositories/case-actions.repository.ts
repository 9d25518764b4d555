import type { Kysely } from "kysely";
import type { CasePatch } from "@/lib/domain/cases/case-patch";
import type { HistoryEntry } from "@/lib/domain/intake/open-case";
import { isUuid } from "../is-uuid";
import type { Database } from "../schema";
import { insertHistory } from "./intake.repository";
import { linkCasePhotos, type PhotoLinks } from "./photos.repository";

export interface CaseFactsRow {
  id: string;
  stage: string;
  version: number;
  assignee_id: string | null;
  department: string;
  reporter_id: string | null;
}

export async function findCaseFacts(db: Kysely<Database>, id: string): Promise<CaseFactsRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom("cases")
    .select(["id", "stage", "version", "assignee_id", "department", "reporter_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export interface VersionedChange {
  caseId: string;
  expectedVersion: number;
  patch: CasePatch;
  at: Date;
  /** Worker whose load unit is given back by this change. */
  releaseWorkerId: string | null;
  /** Photos taken for this step, attached with it or not at all. */
  photos?: PhotoLinks | null;
  history: HistoryEntry;
}

/**
 * Applies a change only if the case is still at the version the caller saw: of two people changing
 * one case at once, the second gets `false` (a conflict), never a silent overwrite.
 */
export async function applyVersionedChange(db: Kysely<Database>, change: VersionedChange): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const { patch } = change;
    const updated = await tx
      .updateTable("cases")
      .set((eb) => ({
        stage: patch.stage,
        updated_at: change.at,
        version: eb("version", "+", 1),
        ...(patch.signedForAt && { signed_for_at: patch.signedForAt }),
        ...(patch.arrivedAt && { arrived_at: patch.arrivedAt }),
        ...(patch.resolvedAt && { resolved_at: patch.resolvedAt }),
        ...(patch.ratedAt && { rated_at: patch.ratedAt }),
        ...(patch.closedAt && { closed_at: patch.closedAt }),
        ...(patch.result !== undefined && { result: patch.result }),
        ...(patch.rating && { rating: patch.rating }),
        ...(patch.clearAssignee && { assignee_id: null, dispatched_at: null }),
        ...(patch.reopened && { reopen_count: eb("reopen_count", "+", 1) }),
        ...(patch.place && {
          lat: patch.place.lat,
          lng: patch.place.lng,
          grid_cell: patch.place.gridCell,
          district: patch.place.district,
          location_approximate: false,
        }),
      }))
      .where("id", "=", change.caseId)
      .where("version", "=", change.expectedVersion)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return false;
    if (change.releaseWorkerId) {
      await tx
        .updateTable("workers")
        .set((eb) => ({ load: eb.fn("greatest", [eb.lit(0), eb("load", "-", 1)]), version: eb("version", "+", 1) }))
        .where("id", "=", change.releaseWorkerId)
        .execute();
    }
    await insertHistory(tx, change.caseId, [change.history]);
    if (change.photos) await linkCasePhotos(tx, change.caseId, change.photos, change.at);
    return true;
  });
}
