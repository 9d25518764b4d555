import type { Kysely } from "kysely";
import type { CaseAction } from "@/lib/contracts/case-action";
import { findPhotos, type PhotoLinks } from "@/lib/db/repositories/photos.repository";
import type { Database } from "@/lib/db/schema";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { photoAttachProblem, photoKindFor } from "@/lib/domain/photos/photo-rules";

export type PhotosToAttach = { ok: true; links: PhotoLinks | null } | { ok: false; message: string };

/** The photos a case action brings along, checked: the actor's own, fresh, and fitting the action. */
export async function photosToAttach(db: Kysely<Database>, action: CaseAction, photoIds: readonly string[] | undefined, actor: Actor): Promise<PhotosToAttach> {
  if (!photoIds || photoIds.length === 0) return { ok: true, links: null };
  const problem = photoAttachProblem(action, photoIds, await findPhotos(db, photoIds), actor);
  const kind = photoKindFor(action);
  if (problem || !kind) return { ok: false, message: problem ?? `photos cannot be attached to ${action}` };
  return { ok: true, links: { ids: photoIds, kind, action } };
}
