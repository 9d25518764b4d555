import { z } from "zod";
import { queueNames, type QueueName } from "@/lib/queue/queue-names";
import { trackingTokenSchema } from "./tracking";

/** `/api/cases/{id}`, `/api/summons/{id}`, `/api/uploads/{id}`: every id in a path is a UUID. */
export const idParamsSchema = z.object({ id: z.uuid() });

/** `/api/care/households/{id}/absences/{absenceId}/end`. */
export const absenceParamsSchema = idParamsSchema.extend({ absenceId: z.uuid() });

/** `/api/track/{token}`: the private link's token. */
export const trackingParamsSchema = z.object({ token: trackingTokenSchema });

/** `/api/track/{token}/photos/{id}`. */
export const trackedPhotoParamsSchema = trackingParamsSchema.extend({ id: z.uuid() });

const retriedQueues = Object.values(queueNames).filter((name) => name !== queueNames.deadLetter) as [QueueName, ...QueueName[]];

/** `/api/dead-letters/{queue}/{jobId}/retry`: one of the pipeline's queues and a BullMQ job id (ours are `kind-<hex>`, BullMQ's own are numbers). */
export const deadLetterParamsSchema = z.object({
  queue: z.enum(retriedQueues),
  jobId: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "a job id"),
});
