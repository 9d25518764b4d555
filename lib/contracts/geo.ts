import { z } from "zod";

/** WGS-84 position. Shanghai's demo stays inside China, but the contract accepts any valid coordinate. */
export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export type GeoLocation = z.infer<typeof locationSchema>;
