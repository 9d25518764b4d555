import { z } from "zod";
import { exactStorableText, storableText } from "./storable-text";
import { caseActionSchema, ratingSchema } from "./case-action";
import { caseSummarySchema, expectedVersionSchema } from "./case-summary";
import { channelSchema } from "./event-report";
import { locationSchema } from "./geo";
import { stageSchema } from "./stage";

export const historyItemSchema = z.object({
  at: z.iso.datetime(),
  actor: z.string(),
  /** The signed-in person behind `role:userId`, as the case detail names them to staff. */
  actorName: z.string().optional(),
  action: z.string(),
  fromStage: stageSchema.nullable(),
  toStage: stageSchema.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

const reporterSchema = z.object({ name: z.string().nullable(), phone: z.string().nullable() });

/** One report that rides on a case: the one that opened it, or one that opened a duplicate merged into it. */
export const caseReportSchema = z.object({
  /** The case this report opened: the case itself, or the duplicate merged into it. */
  caseId: z.uuid(),
  caseCode: z.string(),
  channel: channelSchema,
  at: z.iso.datetime(),
  reporter: reporterSchema.nullable(),
  description: z.string(),
  /** Where the reporter said it is, in their words; what the desk places a case by. */
  address: z.string().nullable(),
});
export type CaseReport = z.infer<typeof caseReportSchema>;

/** GET /api/cases/{id}: the case, its full history and its reporters, phones masked for those who need not see them. */
export const caseDetailSchema = z.object({
  case: caseSummarySchema,
  result: z.string().nullable(),
  rating: ratingSchema.nullable(),
  /** Who reported the case itself. */
  reporter: reporterSchema.nullable(),
  /** Every report riding on the case, oldest first (a resident sees only their own). */
  reports: z.array(caseReportSchema),
  history: z.array(historyItemSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** POST /api/cases/{id}/actions: one move, on the version the client last saw. */
export const caseActionRequestSchema = z.object({
  action: caseActionSchema,
  expectedVersion: expectedVersionSchema,
  reason: storableText().trim().min(1).max(500).optional(),
  rating: ratingSchema.optional(),
  result: storableText().trim().min(1).max(2000).optional(),
  /** dispatch and reassign: the worker the dispatcher chose. */
  workerId: exactStorableText().trim().min(1).max(64).optional(),
  /** locate: where the case is. */
  location: locationSchema.optional(),
  /** merge: the case this one is a duplicate of. */
  mergeInto: z.uuid().optional(),
  /** sign_for and arrive: photos before handling; resolve: after. Uploaded first (POST /api/uploads). */
  photoIds: z.array(z.uuid()).min(1).max(9).optional(),
});
export type CaseActionRequest = z.infer<typeof caseActionRequestSchema>;
