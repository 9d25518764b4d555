import { z } from "zod";

/** A forecast of 64 points with both wind circles is ~25 KB; a larger body answers 413. */
export const MAX_FORECAST_BYTES = 128 * 1024;

/** GET /api/forecasts answers at most this many, the latest in the window. */
export const MAX_FORECASTS_LISTED = 200;

const instantSchema = z.iso.datetime({ offset: true });

/** Query of GET /api/forecasts: forecasts issued in [since, until]; either end may be left open. */
export const forecastQuerySchema = z
  .object({ since: instantSchema.optional(), until: instantSchema.optional() })
  .refine((query) => !query.since || !query.until || Date.parse(query.since) <= Date.parse(query.until), {
    path: ["until"],
    message: "must not be before since",
  });
export type ForecastQuery = z.infer<typeof forecastQuerySchema>;
