import { z } from "zod";
import { caseSummarySchema } from "./case-summary";
import { openStages, stages, type Stage } from "./stage";

const code = z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case code");

const isStage = (value: string): value is Stage => (stages as readonly string[]).includes(value);

/** `open` stands for every open stage; otherwise one stage or several, comma-separated. */
const stageFilterSchema = z
  .string()
  .transform((value) => (value === "open" ? [...openStages] : value.split(",").map((s) => s.trim())))
  .refine((list): list is Stage[] => list.every(isStage), `open, or stages separated by commas: ${stages.join(", ")}`);

/** Where the previous page ended: the last case's creation time and id (newest first, ties by id). */
export const caseCursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });
export type CaseCursor = z.infer<typeof caseCursorSchema>;

export function encodeCaseCursor(cursor: CaseCursor): string {
  return `${cursor.createdAt}_${cursor.id}`;
}

const cursorParamSchema = z
  .string()
  .transform((value) => {
    const split = value.lastIndexOf("_");
    return { createdAt: value.slice(0, split), id: value.slice(split + 1) };
  })
  .pipe(caseCursorSchema);

/** GET /api/cases: the dispatcher's queue filters, every one optional. */
export const caseQuerySchema = z.object({
  stage: stageFilterSchema.optional(),
  overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  department: code.optional(),
  district: z.coerce.number().int().positive().optional(),
  category: code.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: cursorParamSchema.optional(),
});
export type CaseQuery = z.infer<typeof caseQuerySchema>;

/** The filters alone, as a screen holds them (no page position). */
export type CaseFilter = Omit<CaseQuery, "limit" | "before">;

export const caseListSchema = z.object({
  cases: z.array(caseSummarySchema),
  /** Pass as `before` for the next (older) page; null when this was the last one. */
  nextBefore: z.string().nullable(),
});
export type CaseList = z.infer<typeof caseListSchema>;
