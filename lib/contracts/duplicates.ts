import { z } from "zod";
import { caseSummarySchema } from "./case-summary";

/** A case that looks like the same problem: same category, close by, reported about the same time. */
export const duplicateSuggestionSchema = z.object({
  case: caseSummarySchema,
  meters: z.number().int().min(0),
  minutesApart: z.number().int().min(0),
  /** Which of the two to merge into the other (the one reported first is kept); null when neither can be. */
  merge: z.object({ sourceId: z.string(), targetId: z.string() }).nullable(),
});
export type DuplicateSuggestion = z.infer<typeof duplicateSuggestionSchema>;

/** GET /api/cases/{id}/duplicates: nearest first. */
export const duplicatesResponseSchema = z.object({
  caseId: z.string(),
  window: z.object({ meters: z.number(), minutes: z.number() }),
  duplicates: z.array(duplicateSuggestionSchema),
});
export type DuplicatesResponse = z.infer<typeof duplicatesResponseSchema>;
