import { listCasePhotos } from "@/lib/db/repositories/photos.repository";
import { findCaseByToken } from "./load-tracking";
import { loadPhoto, type LoadPhotoOutcome } from "./load-photo";
import type { PhotoDeps } from "./store-photo";

/** A photo of the case a tracking link opens, seen as that case's reporter; 404 for any other photo. */
export async function loadTrackedPhoto(deps: Pick<PhotoDeps, "db" | "store">, token: string, photoId: string): Promise<LoadPhotoOutcome> {
  const tracked = await findCaseByToken(deps.db, token);
  if (!tracked?.reporter_id) return { ok: false, status: 404 };
  const photos = await listCasePhotos(deps.db, tracked.id);
  if (!photos.some((p) => p.id === photoId)) return { ok: false, status: 404 };
  return loadPhoto(deps, photoId, { role: "resident", id: tracked.reporter_id });
}
