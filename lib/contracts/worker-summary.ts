import { z } from "zod";

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

/** Positions change every few seconds; they travel as compact tuples, latest wins. */
export const workerPositionSchema = z.tuple([z.string(), z.number(), z.number()]);
export type WorkerPosition = z.infer<typeof workerPositionSchema>;
