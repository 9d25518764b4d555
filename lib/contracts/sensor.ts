import { z } from "zod";

export const sensorKinds = ["rain_gauge", "water_level", "water_meter", "electricity_meter"] as const;
export const sensorKindSchema = z.enum(sensorKinds);
export type SensorKind = z.infer<typeof sensorKindSchema>;

// Short enough to fit, with a timestamp, in an event idempotency key (see lib/domain/sensors/sensor-alarm.ts).
export const sensorIdSchema = z
  .string()
  .min(1)
  .max(64, "at most 64 characters")
  .regex(/^[A-Za-z0-9._-]+$/, "letters, digits and . _ - only");

/** A sensor in the city: where it is and when its readings raise an alarm. */
export const sensorSchema = z.object({
  id: sensorIdSchema,
  kind: sensorKindSchema,
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  district: z.number().int(),
  gridCell: z.string().min(1),
  unit: z.string().min(1).max(16),
  /** A reading above `above` opens a case of `category`; null: this sensor never alarms. */
  alarm: z.object({ above: z.number(), category: z.string().min(1) }).nullable(),
});
export type Sensor = z.infer<typeof sensorSchema>;
