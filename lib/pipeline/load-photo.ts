import type { Kysely } from "kysely";
import type { PhotoMime } from "@/lib/contracts/photo";
import type { Stage } from "@/lib/contracts/stage";
import { findCaseFacts } from "@/lib/db/repositories/case-actions.repository";
import { findPhoto } from "@/lib/db/repositories/photos.repository";
import type { Database } from "@/lib/db/schema";
import type { Actor, CaseFacts } from "@/lib/domain/cases/case-rules";
import { canSeePhoto } from "@/lib/domain/photos/photo-access";
import type { PhotoDeps } from "./store-photo";

export type LoadPhotoOutcome = { ok: true; mime: PhotoMime; bytes: Buffer } | { ok: false; status: 403 | 404 };

/** The scope facts of a case, as the case rules check them. */
export async function caseScope(db: Kysely<Database>, caseId: string): Promise<CaseFacts | null> {
  const facts = await findCaseFacts(db, caseId);
  return facts
    ? { stage: facts.stage as Stage, assigneeId: facts.assignee_id, department: facts.department, reporterId: facts.reporter_id }
    : null;
}

/** A photo's bytes for someone allowed to see it: its uploader, or whoever may see the case it belongs to. */
export async function loadPhoto(deps: Pick<PhotoDeps, "db" | "store">, id: string, viewer: Actor): Promise<LoadPhotoOutcome> {
  const photo = await findPhoto(deps.db, id);
  if (!photo) return { ok: false, status: 404 };
  if (viewer.id !== photo.uploadedBy) {
    const caseId = photo.caseId ?? photo.reportCaseId;
    const scope = caseId ? await caseScope(deps.db, caseId) : null;
    if (!canSeePhoto(viewer, photo, scope ? [scope] : [])) return { ok: false, status: 403 };
  }
  return { ok: true, mime: photo.mime, bytes: await deps.store.read(photo.sha256) };
}
