import { z } from "zod";

/** The image types a phone's camera gives: recognised by their first bytes, never by name or header. */
export const photoMimes = ["image/jpeg", "image/png", "image/webp"] as const;
export const photoMimeSchema = z.enum(photoMimes);
export type PhotoMime = z.infer<typeof photoMimeSchema>;

/** 处置前 (before, on signing for or arriving), 处置后 (after, on resolving), or a report's own photo. */
export const photoKinds = ["before", "after", "report"] as const;
export const photoKindSchema = z.enum(photoKinds);
export type PhotoKind = z.infer<typeof photoKindSchema>;

/** Fields of the multipart body of POST /api/uploads. */
export const photoFormFields = {
  photo: "photo",
  /** Optional: the Idempotency-Key of the event report this photo goes with. */
  eventKey: "eventKey",
} as const;

export function photoUrl(id: string): string {
  return `/api/uploads/${id}`;
}

/** 201 from POST /api/uploads. */
export const uploadedPhotoSchema = z.object({
  id: z.uuid(),
  mime: photoMimeSchema,
  bytes: z.number().int().positive(),
  url: z.string(),
});
export type UploadedPhoto = z.infer<typeof uploadedPhotoSchema>;

export const casePhotoSchema = z.object({
  id: z.uuid(),
  kind: photoKindSchema,
  url: z.string(),
  at: z.iso.datetime(),
});
export type CasePhoto = z.infer<typeof casePhotoSchema>;

/** Query of GET /api/uploads. */
export const casePhotosQuerySchema = z.object({ caseId: z.uuid() });

/** GET /api/uploads?caseId=: the photos of a case, oldest first. */
export const casePhotosResponseSchema = z.object({ photos: z.array(casePhotoSchema) });
export type CasePhotosResponse = z.infer<typeof casePhotosResponseSchema>;
