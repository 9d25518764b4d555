import { z } from "zod";
import { locationSchema } from "./geo";
import { exactStorableText, storableText } from "./storable-text";

export const channels = ["resident_app", "hotline", "open311", "sensor", "ai_video", "patrol", "cap", "risk"] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

export const idempotencyKeySchema = z
  .string()
  .min(8, "at least 8 characters")
  .max(128, "at most 128 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "letters, digits and . _ : - only");

/**
 * Body of POST /api/events: one raw signal from a channel, stored as received once its free text
 * (description, address, reporter's name) is made storable: line breaks become `\n`, other control
 * characters are dropped and lone surrogates become U+FFFD (see `toStorableText`); codes and photo
 * URLs holding such characters are refused. Whatever this schema accepts, intake can store and dispatch:
 * - `location` is one dispatch can search around (|lat| ≤ 85.05112878, Redis GEO's limit). Without
 *   it the `address` is required: intake places the report at the centre of the district the address
 *   names, or keeps its case waiting for a dispatcher to place it (待定位).
 * - `description` may be left out or empty when the category says enough; the case then carries
 *   the category's name.
 */
export const eventReportSchema = z
  .object({
    id: idempotencyKeySchema.optional(),
    channel: channelSchema,
    category: exactStorableText().min(1).max(64),
    description: storableText().trim().max(2000).default(""),
    location: locationSchema.optional(),
    address: storableText().trim().max(200).optional(),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    reporter: z
      .object({
        name: storableText().trim().max(64).optional(),
        phone: z
          .string()
          .regex(/^\+?[0-9 -]{5,20}$/, "a phone number")
          .optional(),
      })
      .optional(),
    photos: z.array(z.url({ protocol: /^https?$/ }).max(2048).pipe(exactStorableText())).max(9).optional(),
  })
  .refine((report) => report.location !== undefined || Boolean(report.address), {
    path: ["location"],
    message: "give a location, or an address to place the report by",
  });

export type EventReport = z.infer<typeof eventReportSchema>;

export const eventAcceptedSchema = z.object({
  eventId: z.string(),
  idempotencyKey: z.string(),
  status: z.literal("queued"),
  /** The reporter's private tracking page, `/track/<token>`: the same for every retry with the same key. */
  trackingUrl: z.string(),
});

export type EventAccepted = z.infer<typeof eventAcceptedSchema>;
