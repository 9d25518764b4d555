import { z } from "zod";
import { sensorIdSchema, sensorKindSchema } from "./sensor";

/** A gauge's latest reading as screens get it. */
export const sensorValueSchema = z.object({
  id: sensorIdSchema,
  value: z.number(),
  measuredAt: z.iso.datetime({ offset: true }),
});
export type SensorValue = z.infer<typeof sensorValueSchema>;

/** The kinds the wall screen draws: rain in mm/h and water levels in cm; meters stay off the map. */
export const screenSensorKinds = ["rain_gauge", "water_level"] as const;
export const screenSensorKindSchema = z.enum(screenSensorKinds);
export type ScreenSensorKind = z.infer<typeof screenSensorKindSchema>;

/** A gauge on the wall screen: where it is, its alarm level and its latest reading (null before any). */
export const screenSensorSchema = z.object({
  id: sensorIdSchema,
  kind: sensorKindSchema.extract(screenSensorKinds),
  lat: z.number(),
  lng: z.number(),
  unit: z.string(),
  alarmAbove: z.number().nullable(),
  value: z.number().nullable(),
  measuredAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ScreenSensor = z.infer<typeof screenSensorSchema>;
