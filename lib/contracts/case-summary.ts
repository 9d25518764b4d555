import { z } from "zod";
import { channelSchema } from "./event-report";
import { prioritySchema, stageSchema } from "./stage";

/** What a screen needs of a case; versions let a screen drop stale or repeated updates. */
export const caseSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  category: z.string(),
  channel: channelSchema,
  priority: prioritySchema,
  stage: stageSchema,
  description: z.string(),
  lat: z.number(),
  lng: z.number(),
  gridCell: z.string(),
  district: z.number().int().nullable(),
  department: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  dispatchedAt: z.iso.datetime().nullable(),
  /** Some SLA deadline of this case has passed with its step not taken (超期). */
  overdue: z.boolean(),
  /** Escalated to its department and the dispatcher after a missed deadline. */
  escalated: z.boolean(),
  version: z.number().int().positive(),
});

export type CaseSummary = z.infer<typeof caseSummarySchema>;
