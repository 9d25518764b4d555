import { z } from "zod";

/**
 * A tropical-cyclone forecast as a weather service's feed sends it (POST /api/forecasts): the storm's
 * analysed position (lead 0) and forecast positions, and the cone of uncertainty's radius by lead time.
 * The screen, the replay and the risk model exchange storms only through this shape, so a forecast from
 * any service drives them as the demo's replay does.
 */
const instantSchema = z.iso.datetime({ offset: true });

const quadrantRadiiSchema = z.object({
  northEast: z.number().min(0).max(2_000),
  southEast: z.number().min(0).max(2_000),
  southWest: z.number().min(0).max(2_000),
  northWest: z.number().min(0).max(2_000),
});

export const forecastPointSchema = z.object({
  /** Hours after `issuedAt`; 0 is the analysis (where the storm is at issue time). */
  leadHours: z.number().int().min(0).max(240),
  validAt: instantSchema,
  lat: z.number().min(-90).max(90),
  /** Degrees east, −180…360 (JMA's best tracks count 0–360). */
  lon: z.number().min(-180).max(360),
  pressureHpa: z.number().min(850).max(1_050),
  /** 10-minute sustained wind, m/s. */
  maxWindMs: z.number().min(0).max(120),
  /** Reach of gale (≥ 30 kt) and storm (≥ 50 kt) winds by quadrant, km, where the service gives them. */
  windRadiiKm: z.object({ gale: quadrantRadiiSchema, storm: quadrantRadiiSchema.optional() }).optional(),
});
export type ForecastPoint = z.infer<typeof forecastPointSchema>;

export const forecastSchema = z
  .object({
    /** Who issued it (e.g. "CMA", "SMB", "tonglan-replay"); forecasts are idempotent per source, storm and issue time. */
    source: z.string().trim().min(1).max(40),
    storm: z.object({
      /** The service's identifier of the storm (e.g. the JMA number "2106"). */
      id: z.string().trim().min(1).max(40),
      name: z.string().trim().min(1).max(80),
    }),
    issuedAt: instantSchema,
    points: z.array(forecastPointSchema).min(1).max(64),
    /** Radius of the cone of uncertainty (probable track error) by lead time. */
    cone: z.array(z.object({ leadHours: z.number().int().min(0).max(240), radiusKm: z.number().min(0).max(2_000) })).max(64),
  })
  .superRefine((forecast, ctx) => {
    forecast.points.forEach((point, index) => {
      const expected = Date.parse(forecast.issuedAt) + point.leadHours * 3_600_000;
      if (Date.parse(point.validAt) !== expected) {
        ctx.addIssue({ code: "custom", path: ["points", index, "validAt"], message: "must be issuedAt plus leadHours" });
      }
      const previous = forecast.points[index - 1];
      if (previous && point.leadHours <= previous.leadHours) {
        ctx.addIssue({ code: "custom", path: ["points", index, "leadHours"], message: "must increase along the track" });
      }
    });
  });
export type Forecast = z.infer<typeof forecastSchema>;

/** Answer of POST /api/forecasts: 201 when stored, 200 when the same source, storm and issue time was stored before. */
export const forecastStoredSchema = z.object({ id: z.uuid(), duplicate: z.boolean() });
export type ForecastStored = z.infer<typeof forecastStoredSchema>;

/** A forecast as stored: what the feed sent, with when it arrived. */
export const storedForecastSchema = z.object({ id: z.uuid(), receivedAt: instantSchema, forecast: forecastSchema });
export type StoredForecast = z.infer<typeof storedForecastSchema>;

/** Answer of GET /api/forecasts: the forecasts issued in a window, oldest first (their lead-0 points are the storm's past track). */
export const forecastListSchema = z.object({ forecasts: z.array(storedForecastSchema) });
export type ForecastList = z.infer<typeof forecastListSchema>;
