import { z } from "zod";

/** The latitudes a Redis GEO set can hold (its Web Mercator limit), where live positions and dispatch search. */
export const GEO_SET_MAX_LAT = 85.05112878;

/**
 * WGS-84 position that dispatch can search around. Shanghai's demo stays inside China, but the
 * contract accepts any coordinate a Redis GEO set can hold.
 */
export const locationSchema = z.object({
  lat: z.number().min(-GEO_SET_MAX_LAT).max(GEO_SET_MAX_LAT),
  lng: z.number().min(-180).max(180),
});

export type GeoLocation = z.infer<typeof locationSchema>;
