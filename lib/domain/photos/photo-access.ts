import { canView, type Actor, type CaseFacts } from "@/lib/domain/cases/case-rules";

/** Its uploader may always see a photo; anyone else once it belongs to a case they may see. */
export function canSeePhoto(viewer: Actor, photo: { uploadedBy: string }, casesOfPhoto: readonly CaseFacts[]): boolean {
  if (viewer.id === photo.uploadedBy) return true;
  return casesOfPhoto.some((facts) => canView(facts, viewer));
}
