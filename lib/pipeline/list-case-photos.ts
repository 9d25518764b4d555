import type { Kysely } from "kysely";
import type { CasePhoto } from "@/lib/contracts/photo";
import { listCasePhotos } from "@/lib/db/repositories/photos.repository";
import type { Database } from "@/lib/db/schema";
import { canView, type Actor } from "@/lib/domain/cases/case-rules";
import { caseScope } from "./load-photo";

export type CasePhotosOutcome = { ok: true; photos: CasePhoto[] } | { ok: false; status: 403 | 404 };

/** The photos of a case, for someone allowed to see the case. */
export async function loadCasePhotos(db: Kysely<Database>, caseId: string, viewer: Actor): Promise<CasePhotosOutcome> {
  const scope = await caseScope(db, caseId);
  if (!scope) return { ok: false, status: 404 };
  if (!canView(scope, viewer)) return { ok: false, status: 403 };
  return { ok: true, photos: await listCasePhotos(db, caseId) };
}
