import type { CaseAction } from "@/lib/contracts/case-action";
import type { PhotoKind } from "@/lib/contracts/photo";
import type { Actor } from "@/lib/domain/cases/case-rules";

/** Photos go with a worker's steps: before handling when signing for or arriving, after it when resolving. */
export function photoKindFor(action: CaseAction): Exclude<PhotoKind, "report"> | null {
  switch (action) {
    case "sign_for":
    case "arrive":
      return "before";
    case "resolve":
      return "after";
    default:
      return null;
  }
}

export interface PhotoFacts {
  id: string;
  uploadedBy: string;
  /** The case it is already attached to, if any. */
  caseId: string | null;
  /** The event report it was uploaded for, if any. */
  eventId: string | null;
}

/** Why these photos cannot be attached to a case by this actor for this action; null when they can. */
export function photoAttachProblem(action: CaseAction, requested: readonly string[], found: readonly PhotoFacts[], actor: Actor): string | null {
  if (requested.length === 0) return null;
  if (!photoKindFor(action)) return `photos cannot be attached to ${action}`;
  if (new Set(requested).size !== requested.length) return "a photo is listed twice";
  for (const id of requested) {
    const photo = found.find((p) => p.id === id);
    if (!photo) return `no photo ${id}`;
    // Only your own, fresh photos: nobody attaches another person's picture or moves one between cases.
    if (photo.uploadedBy !== actor.id) return `photo ${id} was uploaded by someone else`;
    if (photo.caseId !== null || photo.eventId !== null) return `photo ${id} already belongs to a case or report`;
  }
  return null;
}
