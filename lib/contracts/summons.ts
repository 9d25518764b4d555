import { z } from "zod";
import { exactStorableText, storableText } from "./storable-text";

/** 日常哨 routine, 攻坚哨 hard case, 应急哨 emergency: each with its own report-in deadline. */
export const whistles = ["routine", "hard", "emergency"] as const;
export const whistleSchema = z.enum(whistles);
export type Whistle = z.infer<typeof whistleSchema>;

export const summonRequestSchema = z.object({
  whistle: whistleSchema,
  departments: z.array(exactStorableText().min(1)).min(1).max(10),
  reason: storableText().trim().min(1).max(500),
});
export type SummonRequest = z.infer<typeof summonRequestSchema>;

export const summonedStatuses = ["pending", "acknowledged", "late", "missed"] as const;
export type SummonedStatus = (typeof summonedStatuses)[number];

export const summonViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  /** The case as people name it (SH20261206-000042), its category and the department that owns it. */
  caseCode: z.string(),
  caseCategory: z.string(),
  caseDepartment: z.string(),
  whistle: whistleSchema,
  summonedBy: z.string(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
  ackDueAt: z.iso.datetime(),
  departments: z.array(
    z.object({
      department: z.string(),
      status: z.enum(summonedStatuses),
      acknowledgedAt: z.iso.datetime().nullable(),
      acknowledgedBy: z.string().nullable(),
      score: z.number().int().min(1).max(5).nullable(),
    }),
  ),
});
export type SummonView = z.infer<typeof summonViewSchema>;

export const summonRatingSchema = z.object({
  department: exactStorableText().min(1),
  score: z.number().int().min(1).max(5),
});
export type SummonRating = z.infer<typeof summonRatingSchema>;
