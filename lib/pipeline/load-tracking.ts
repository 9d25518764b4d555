import type { Kysely } from "kysely";
import type { Rating } from "@/lib/contracts/case-action";
import type { Stage } from "@/lib/contracts/stage";
import { trackingTokenSchema, type TrackingView } from "@/lib/contracts/tracking";
import { listHistory } from "@/lib/db/repositories/case-detail.repository";
import { findTrackedCase, type TrackedCase } from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";
import { followedFeed } from "@/lib/domain/notifications/followed-feed";
import { hashTrackingToken } from "@/lib/domain/tracking/tracking-token";
import { carryingChain } from "./carrying-chain";
import type { ReferenceData } from "./reference-data";
import { trackedPhotos } from "./tracked-photos";

/** The case a tracking token opens, or null for a token that opens none (malformed ones included). */
export async function findCaseByToken(db: Kysely<Database>, token: string): Promise<TrackedCase | null> {
  if (!trackingTokenSchema.safeParse(token).success) return null;
  return (await findTrackedCase(db, hashTrackingToken(token))) ?? null;
}

/** Photos are served under the token, so whoever holds the link sees them without signing in. */
export function trackedPhotoUrl(token: string, photoId: string): string {
  return `/api/track/${token}/photos/${photoId}`;
}

/**
 * What the holder of a tracking link sees: the case in the reporter's words, its steps, result and
 * photos. A report merged into another case follows that case: its stage, steps, result and photos
 * after the fix; only the kept case's own reporter rates it.
 */
export async function loadTracking(
  deps: { db: Kysely<Database>; reference: Pick<ReferenceData, "category"> },
  token: string,
): Promise<TrackingView | null> {
  // One snapshot for the case and its steps: read apart, a step stored in between would show
  // beside the case as it was before it (its stage and version one behind the feed).
  return deps.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute((snapshot) => readTracking(snapshot, deps.reference, token));
}

async function readTracking(db: Kysely<Database>, reference: Pick<ReferenceData, "category">, token: string): Promise<TrackingView | null> {
  const tracked = await findCaseByToken(db, token);
  if (!tracked) return null;
  const chain = await carryingChain(db, tracked);
  const carrier = chain.at(-1) ?? tracked;
  const following = carrier.id !== tracked.id;
  const [histories, photos] = await Promise.all([
    Promise.all(chain.map((c) => listHistory(db, c.id))),
    trackedPhotos(db, tracked.id, carrier.id),
  ]);
  const category = reference.category(tracked.category);
  const stage = carrier.stage as Stage;
  return {
    case: {
      code: tracked.code,
      category: tracked.category,
      categoryName: { zh: category?.nameZh ?? tracked.category, en: category?.nameEn ?? tracked.category },
      stage,
      description: tracked.description,
      location: tracked.lat !== null && tracked.lng !== null ? { lat: tracked.lat, lng: tracked.lng } : null,
      createdAt: new Date(tracked.created_at).toISOString(),
      version: tracked.version,
    },
    feed: followedFeed(histories),
    result: carrier.result,
    rating: following ? null : (tracked.rating as Rating | null),
    photos: { reported: photos.reported.map((p) => trackedPhotoUrl(token, p.id)), after: photos.after.map((p) => trackedPhotoUrl(token, p.id)) },
    canRate: !following && stage === "resolved",
  };
}
