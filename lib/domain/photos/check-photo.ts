import type { PhotoMime } from "@/lib/contracts/photo";
import { sniffImageType } from "./sniff-image-type";

export type PhotoCheck =
  | { ok: true; mime: PhotoMime }
  | { ok: false; status: 400 | 413 | 415; code: "empty_photo" | "photo_too_large" | "unsupported_photo_type"; message: string };

// Room for the multipart envelope around the photo: boundaries, part headers, the small fields.
const ENVELOPE_BYTES = 16 * 1024;

/** The most a multipart upload body may carry for a photo of at most `maxPhotoBytes`. */
export function uploadBodyLimit(maxPhotoBytes: number): number {
  return maxPhotoBytes + ENVELOPE_BYTES;
}

export function photoTooLarge(maxPhotoBytes: number): PhotoCheck & { ok: false } {
  return { ok: false, status: 413, code: "photo_too_large", message: `a photo may have at most ${maxPhotoBytes} bytes` };
}

/** Whether the bytes received may be kept as a photo: not empty, not too large, really a JPEG, PNG or WebP. */
export function checkPhoto(bytes: Uint8Array, maxPhotoBytes: number): PhotoCheck {
  if (bytes.byteLength === 0) return { ok: false, status: 400, code: "empty_photo", message: "the photo is empty" };
  if (bytes.byteLength > maxPhotoBytes) return photoTooLarge(maxPhotoBytes);
  const mime = sniffImageType(bytes);
  if (!mime) return { ok: false, status: 415, code: "unsupported_photo_type", message: "a photo must be a JPEG, PNG or WebP image" };
  return { ok: true, mime };
}
