import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { photoUrl, type UploadedPhoto } from "@/lib/contracts/photo";
import { findReportFacts, insertPhoto } from "@/lib/db/repositories/photos.repository";
import type { Database } from "@/lib/db/schema";
import { eventIdForKey } from "@/lib/domain/ids";
import { checkPhoto, type PhotoCheck } from "@/lib/domain/photos/check-photo";
import { reportPhotoProblem, type ReportPhotoProblem } from "@/lib/domain/photos/report-photo-rule";
import type { PhotoStore } from "@/lib/storage/photo-store";

export interface PhotoDeps {
  db: Kysely<Database>;
  store: PhotoStore;
  clock: () => Date;
}

export interface PhotoUpload {
  bytes: Uint8Array;
  uploadedBy: string;
  /** The idempotency key of the event report the photo was taken for, if any. */
  eventKey: string | null;
  maxBytes: number;
}

export type StorePhotoOutcome = { ok: true; photo: UploadedPhoto } | (PhotoCheck & { ok: false }) | (ReportPhotoProblem & { ok: false });

/**
 * Checks a photo's size and real type, and that a report it is taken for is the uploader's own
 * (as far as can be told before the report is stored), then keeps it: the file first, then its row,
 * so a row never names a file that is not on disk (a crash in between leaves only an unreferenced file).
 */
export async function storePhoto(deps: PhotoDeps, upload: PhotoUpload): Promise<StorePhotoOutcome> {
  const check = checkPhoto(upload.bytes, upload.maxBytes);
  if (!check.ok) return check;
  const createdAt = deps.clock();
  let eventId: string | null = null;
  if (upload.eventKey !== null) {
    eventId = eventIdForKey(upload.eventKey);
    const problem = reportPhotoProblem(upload.eventKey, upload.uploadedBy, createdAt, await findReportFacts(deps.db, eventId));
    if (problem) return { ok: false, ...problem };
  }
  const sha256 = await deps.store.put(upload.bytes);
  const id = randomUUID();
  await insertPhoto(deps.db, {
    id,
    sha256,
    mime: check.mime,
    bytes: upload.bytes.byteLength,
    uploadedBy: upload.uploadedBy,
    createdAt,
    eventId,
  });
  return { ok: true, photo: { id, mime: check.mime, bytes: upload.bytes.byteLength, url: photoUrl(id) } };
}
