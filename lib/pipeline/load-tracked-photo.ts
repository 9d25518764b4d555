import { findPhoto } from "@/lib/db/repositories/photos.repository";
import { carryingChain } from "./carrying-chain";
import { findCaseByToken } from "./load-tracking";
import type { LoadPhotoOutcome } from "./load-photo";
import type { PhotoDeps } from "./store-photo";
import { trackedPhotos } from "./tracked-photos";

/**
 * A photo behind a tracking link: exactly those its page shows (the report's own, and those after
 * the fix of the case carrying the report); 404 for any other photo.
 */
export async function loadTrackedPhoto(deps: Pick<PhotoDeps, "db" | "store">, token: string, photoId: string): Promise<LoadPhotoOutcome> {
  const tracked = await findCaseByToken(deps.db, token);
  if (!tracked) return { ok: false, status: 404 };
  const carrier = (await carryingChain(deps.db, tracked)).at(-1) ?? tracked;
  const { reported, after } = await trackedPhotos(deps.db, tracked.id, carrier.id);
  if (![...reported, ...after].some((p) => p.id === photoId)) return { ok: false, status: 404 };
  const photo = await findPhoto(deps.db, photoId);
  if (!photo) return { ok: false, status: 404 };
  return { ok: true, mime: photo.mime, bytes: await deps.store.read(photo.sha256) };
}
