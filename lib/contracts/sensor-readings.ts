import { z } from "zod";
import { sensorIdSchema } from "./sensor";

export const MAX_READINGS_PER_BATCH = 10_000;
/** Room for 10,000 readings with the longest ids and offsets; a larger body answers 413. */
export const MAX_READING_BATCH_BYTES = 4 * 1024 * 1024;

// PostgreSQL has no year 0: an instant before 0001-01-01 cannot be stored.
const FIRST_STORABLE_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const measuredAtSchema = z.iso.datetime({ offset: true }).refine((at) => !(Date.parse(at) < FIRST_STORABLE_INSTANT), "must be in year 1 or later");
const valueSchema = z.number();

export const sensorReadingSchema = z.object({ sensorId: sensorIdSchema, measuredAt: measuredAtSchema, value: valueSchema });
export type SensorReading = z.infer<typeof sensorReadingSchema>;

/** Body of POST /api/sensors/readings, one object per reading. */
export const readingRowsSchema = z.object({ readings: z.array(sensorReadingSchema).min(1) });

/** The same batch as three parallel arrays: smaller to send and cheaper to check. */
export const readingColumnsSchema = z
  .object({
    sensorIds: z.array(sensorIdSchema).min(1),
    measuredAt: z.array(measuredAtSchema),
    values: z.array(valueSchema),
  })
  .superRefine((batch, ctx) => {
    for (const field of ["measuredAt", "values"] as const) {
      if (batch[field].length !== batch.sensorIds.length) {
        ctx.addIssue({ code: "custom", path: [field], message: `must have as many items as sensorIds (${batch.sensorIds.length})` });
      }
    }
  });

export const readingRejectionSchema = z.object({
  index: z.number().int(),
  sensorId: z.string(),
  reason: z.literal("unknown_sensor"),
});
export type ReadingRejection = z.infer<typeof readingRejectionSchema>;

/** Answer of POST /api/sensors/readings (200: the known sensors' readings are stored). */
export const readingsIngestedSchema = z.object({
  received: z.number().int(),
  /** Readings stored by this request. */
  stored: z.number().int(),
  /** Readings of known sensors already stored (a resend, or the same sensor and instant twice). */
  duplicates: z.number().int(),
  /** Readings of sensors this system does not know, not stored. */
  rejected: z.array(readingRejectionSchema),
  /** Threshold crossings handed to intake; a resend hands the same ones again and intake keeps one case each. */
  alarms: z.number().int(),
});
export type ReadingsIngested = z.infer<typeof readingsIngestedSchema>;
