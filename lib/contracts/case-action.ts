import { z } from "zod";

/** What a person (or the system) can do to a case; each is one move of the closed loop. */
export const caseActions = [
  "accept",
  "reject",
  "dispatch",
  "reassign",
  "recall",
  "sign_for",
  "arrive",
  "resolve",
  "rate",
  "close",
  "reopen",
  "merge",
  "cancel",
  // 定位: the desk places a case that came without a usable location; auto-dispatch then takes it.
  "locate",
] as const;
export const caseActionSchema = z.enum(caseActions);
export type CaseAction = z.infer<typeof caseActionSchema>;

export const ratings = ["satisfied", "basically_satisfied", "unsatisfied"] as const;
export const ratingSchema = z.enum(ratings);
export type Rating = z.infer<typeof ratingSchema>;
