import { z } from "zod";
import { trackingTokenSchema } from "./tracking";

/** `/api/cases/{id}`, `/api/summons/{id}`, `/api/uploads/{id}`: every id in a path is a UUID. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** `/api/track/{token}`: the private link's token. */
export const trackingParamsSchema = z.object({ token: trackingTokenSchema });

/** `/api/track/{token}/photos/{id}`. */
export const trackedPhotoParamsSchema = trackingParamsSchema.extend({ id: z.uuid() });
