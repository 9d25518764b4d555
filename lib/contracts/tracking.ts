import { z } from "zod";
import { ratingSchema } from "./case-action";
import { expectedVersionSchema } from "./case-summary";
import { locationSchema } from "./geo";
import { bilingualTextSchema, noticeKeySchema } from "./notification";
import { stageSchema } from "./stage";

/** A tracking token as it appears in `/track/<token>`: 256 bits, base64url. */
export const trackingTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const feedItemSchema = z.object({
  key: noticeKeySchema,
  at: z.iso.datetime(),
  message: bilingualTextSchema,
});
export type FeedItem = z.infer<typeof feedItemSchema>;

/** GET /api/track/{token}: the case as its reporter may see it — no worker, no phone, no internal reason. */
export const trackingViewSchema = z.object({
  case: z.object({
    code: z.string(),
    category: z.string(),
    categoryName: bilingualTextSchema,
    stage: stageSchema,
    description: z.string(),
    /** Null while the desk has yet to place the report. */
    location: locationSchema.nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int().positive(),
  }),
  /** Oldest first. */
  feed: z.array(feedItemSchema),
  result: z.string().nullable(),
  rating: ratingSchema.nullable(),
  photos: z.object({ reported: z.array(z.string()), after: z.array(z.string()) }),
  /** The case waits for the reporter's rating. */
  canRate: z.boolean(),
});
export type TrackingView = z.infer<typeof trackingViewSchema>;

/** POST /api/track/{token}/rating: on the version the reporter saw. */
export const trackingRatingRequestSchema = z.object({
  rating: ratingSchema,
  expectedVersion: expectedVersionSchema,
});
export type TrackingRatingRequest = z.infer<typeof trackingRatingRequestSchema>;
