import { z } from "zod";
import { GEO_SET_MAX_LAT } from "./geo";
import { exactStorableText } from "./storable-text";

export const workerSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  district: z.number().int(),
  onDuty: z.boolean(),
  load: z.number().int().min(0),
  maxLoad: z.number().int().min(1),
  lat: z.number(),
  lng: z.number(),
});

export type WorkerSummary = z.infer<typeof workerSummarySchema>;

/**
 * Positions change every few seconds; they travel as compact `[workerId, lat, lng]` tuples, latest
 * wins, as phones ping them and screens receive them.
 */
export const workerPositionSchema = z.tuple([
  exactStorableText().min(1).max(64),
  z.number().min(-GEO_SET_MAX_LAT).max(GEO_SET_MAX_LAT),
  z.number().min(-180).max(180),
]);
export type WorkerPosition = z.infer<typeof workerPositionSchema>;

/** Body of POST /api/workers/positions: phone pings, batched. */
export const workerPositionBatchSchema = z.object({ positions: z.array(workerPositionSchema).min(1).max(20_000) });

/** 202 from POST /api/workers/positions. */
export const positionsAcceptedSchema = z.object({ accepted: z.number().int().positive() });

/** Body of PUT /api/my/duty: a grid worker starts or ends their shift. */
export const dutyChangeSchema = z.object({ onDuty: z.boolean() });
