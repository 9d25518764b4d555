import type { Kysely } from "kysely";
import type { CasePhoto } from "@/lib/contracts/photo";
import { listCasePhotos } from "@/lib/db/repositories/photos.repository";
import type { Database } from "@/lib/db/schema";

export interface TrackedPhotos {
  reported: CasePhoto[];
  after: CasePhoto[];
}

/**
 * The photos a tracking link shows: those of the report itself, and those taken after the fix of
 * the case that carries it now (the reported case, or the one it was merged into).
 */
export async function trackedPhotos(db: Kysely<Database>, reportedCaseId: string, carryingCaseId: string): Promise<TrackedPhotos> {
  const [own, carrying] = await Promise.all([
    listCasePhotos(db, reportedCaseId),
    carryingCaseId === reportedCaseId ? null : listCasePhotos(db, carryingCaseId),
  ]);
  return { reported: own.filter((p) => p.kind === "report"), after: (carrying ?? own).filter((p) => p.kind === "after") };
}
