import { z } from "zod";

/** One worker the dispatcher could hand the case to, ranked as auto-dispatch would rank them. */
export const workerSuggestionSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  travelMeters: z.number().int().min(0),
  load: z.number().int().min(0),
  maxLoad: z.number().int().min(1),
  sameGrid: z.boolean(),
  lat: z.number(),
  lng: z.number(),
});
export type WorkerSuggestion = z.infer<typeof workerSuggestionSchema>;

/** GET /api/cases/{id}/candidates: best first, with how many nearby workers were passed over and why. */
export const workerSuggestionsSchema = z.object({
  caseId: z.string(),
  caseVersion: z.number().int().positive(),
  currentAssigneeId: z.string().nullable(),
  candidatesConsidered: z.number().int().min(0),
  excluded: z.object({ off_duty: z.number().int(), missing_skill: z.number().int(), at_capacity: z.number().int() }),
  suggestions: z.array(workerSuggestionSchema),
});
export type WorkerSuggestions = z.infer<typeof workerSuggestionsSchema>;
