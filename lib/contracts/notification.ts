import { z } from "zod";
import { ratingSchema } from "./case-action";
import { stageSchema } from "./stage";

/** The steps of a case a reporter is told about, in their own words (see lib/domain/notifications). */
export const noticeKeys = [
  "received",
  "accepted",
  "dispatched",
  "signed_for",
  "arrived",
  "resolved",
  "rated",
  "reopened",
  "closed",
  "rejected",
  "merged",
  "cancelled",
] as const;
export const noticeKeySchema = z.enum(noticeKeys);
export type NoticeKey = z.infer<typeof noticeKeySchema>;

/** One step as the reporter may know it: no worker, no internal reason (a rejection's reason is for them). */
export const noticeSchema = z.object({
  key: noticeKeySchema,
  at: z.iso.datetime(),
  stage: stageSchema,
  reason: z.string().max(500).optional(),
  rating: ratingSchema.optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const bilingualTextSchema = z.object({ zh: z.string(), en: z.string() });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/**
 * What a reporter is sent at each step: pushed to their socket room `user:<id>` when signed in and
 * POSTed to the notification webhook. `id` is the same on every retry of one delivery.
 */
export const residentNotificationSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  stage: stageSchema,
  notice: noticeKeySchema,
  message: bilingualTextSchema,
  at: z.iso.datetime(),
  /** The reporter's private tracking page: absolute when PUBLIC_BASE_URL is set, else a path. */
  trackingUrl: z.string().optional(),
});
export type ResidentNotification = z.infer<typeof residentNotificationSchema>;
