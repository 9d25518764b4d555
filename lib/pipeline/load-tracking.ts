import type { Kysely } from "kysely";
import type { Rating } from "@/lib/contracts/case-action";
import type { Stage } from "@/lib/contracts/stage";
import { trackingTokenSchema, type TrackingView } from "@/lib/contracts/tracking";
import { listHistory } from "@/lib/db/repositories/case-detail.repository";
import { listCasePhotos } from "@/lib/db/repositories/photos.repository";
import { findTrackedCase } from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";
import { residentFeed } from "@/lib/domain/notifications/resident-feed";
import { hashTrackingToken } from "@/lib/domain/tracking/tracking-token";
import type { ReferenceData } from "./reference-data";

export type TrackedCase = NonNullable<Awaited<ReturnType<typeof findTrackedCase>>>;

/** The case a tracking token opens, or null for a token that opens none (malformed ones included). */
export async function findCaseByToken(db: Kysely<Database>, token: string): Promise<TrackedCase | null> {
  if (!trackingTokenSchema.safeParse(token).success) return null;
  return (await findTrackedCase(db, hashTrackingToken(token))) ?? null;
}

/** Photos are served under the token, so whoever holds the link sees them without signing in. */
export function trackedPhotoUrl(token: string, photoId: string): string {
  return `/api/track/${token}/photos/${photoId}`;
}

/** What the holder of a tracking link sees: the case in the reporter's words, its steps, result and photos. */
export async function loadTracking(
  deps: { db: Kysely<Database>; reference: Pick<ReferenceData, "category"> },
  token: string,
): Promise<TrackingView | null> {
  const tracked = await findCaseByToken(deps.db, token);
  if (!tracked) return null;
  const [history, photos] = await Promise.all([listHistory(deps.db, tracked.id), listCasePhotos(deps.db, tracked.id)]);
  const category = deps.reference.category(tracked.category);
  const stage = tracked.stage as Stage;
  const urlsOf = (kind: string) => photos.filter((p) => p.kind === kind).map((p) => trackedPhotoUrl(token, p.id));
  return {
    case: {
      code: tracked.code,
      category: tracked.category,
      categoryName: { zh: category?.nameZh ?? tracked.category, en: category?.nameEn ?? tracked.category },
      stage,
      description: tracked.description,
      location: { lat: tracked.lat, lng: tracked.lng },
      createdAt: new Date(tracked.created_at).toISOString(),
      version: tracked.version,
    },
    feed: residentFeed(history),
    result: tracked.result,
    rating: tracked.rating as Rating | null,
    photos: { reported: urlsOf("report"), after: urlsOf("after") },
    canRate: stage === "resolved",
  };
}
