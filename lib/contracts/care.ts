import { z } from "zod";
import { locationSchema } from "./geo";
import { storableText } from "./storable-text";

/** Who a household is registered for. */
export const residentCategories = ["elderly_alone", "disabled", "elderly_couple", "other"] as const;
export const residentCategorySchema = z.enum(residentCategories);
export type ResidentCategory = z.infer<typeof residentCategorySchema>;

const phoneSchema = z.string().regex(/^\+?[0-9 -]{5,20}$/, "a phone number");
const sensorIdSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "a sensor id");

export const familyContactSchema = z.object({
  name: storableText().trim().min(1).max(64),
  relation: storableText().trim().min(1).max(32),
  phone: phoneSchema,
  /** Where the notifier posts this contact's alerts; without one the alert goes to the log channel. */
  webhookUrl: z.url({ protocol: /^https?$/ }).max(2048).optional(),
});
export type FamilyContact = z.infer<typeof familyContactSchema>;

export const consentSchema = z.object({
  givenBy: storableText().trim().min(1).max(64),
  at: z.iso.datetime({ offset: true }),
  scope: storableText().trim().min(1).max(200),
});

const householdFields = {
  category: residentCategorySchema,
  name: storableText().trim().min(1).max(64),
  address: storableText().trim().min(1).max(200),
  phone: phoneSchema.optional(),
  /** 18-character PRC resident ID number; stored for the desk, never shown to anyone else. */
  idNumber: z
    .string()
    .regex(/^[0-9]{17}[0-9Xx]$/, "an 18-character ID number")
    .optional(),
  location: locationSchema,
  waterMeterId: sensorIdSchema.optional(),
  electricityMeterId: sensorIdSchema.optional(),
  gridWorkerId: z.string().min(1).max(64),
  familyContacts: z.array(familyContactSchema).max(5),
  consent: consentSchema,
};

/** Body of POST /api/care/households. */
export const householdInputSchema = z.object({ ...householdFields, familyContacts: householdFields.familyContacts.default([]) });
export type HouseholdInput = z.infer<typeof householdInputSchema>;

/** Body of PATCH /api/care/households/{id}: the fields to change (no defaults: a field left out is kept), on the version the caller saw. */
export const householdPatchSchema = z
  .object(householdFields)
  .partial()
  .extend({ expectedVersion: z.number().int().positive() })
  .refine((patch) => Object.keys(patch).length > 1, { path: ["expectedVersion"], message: "change at least one field" });
export type HouseholdPatch = z.infer<typeof householdPatchSchema>;

export const absenceReasons = ["away", "hospital"] as const;

/** Body of POST /api/care/households/{id}/absences: "away until …" or a hospital stay. */
export const absenceInputSchema = z
  .object({
    reason: z.enum(absenceReasons),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }),
    note: storableText().trim().max(200).default(""),
  })
  .refine((a) => !a.startsAt || Date.parse(a.endsAt) > Date.parse(a.startsAt), { path: ["endsAt"], message: "after startsAt" });
export type AbsenceInput = z.infer<typeof absenceInputSchema>;

export const absenceSchema = z.object({
  id: z.string(),
  reason: z.enum(absenceReasons),
  startsAt: z.string(),
  endsAt: z.string(),
  note: z.string(),
});
export type AbsenceView = z.infer<typeof absenceSchema>;

/**
 * A household as one viewer may see it. `masked` viewers get the name as 张*, the address at street
 * level, phones masked, no position finer than the grid cell, no webhook and never the ID number.
 */
export const householdViewSchema = z.object({
  id: z.string(),
  category: residentCategorySchema,
  masked: z.boolean(),
  name: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  location: locationSchema.nullable(),
  district: z.number().int(),
  gridCell: z.string(),
  waterMeterId: z.string().nullable(),
  electricityMeterId: z.string().nullable(),
  gridWorkerId: z.string(),
  // Plain strings, not the input's rules: a masked phone (`138****6666`) is no phone number.
  familyContacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  consent: z.object({ givenBy: z.string(), at: z.string(), scope: z.string() }),
  absences: z.array(absenceSchema),
  openAlerts: z.number().int(),
  demo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type HouseholdView = z.infer<typeof householdViewSchema>;

export const householdListQuerySchema = z.object({
  gridCell: z.string().regex(/^[0-9a-f]{15}$/, "an H3 cell").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const householdListSchema = z.object({ households: z.array(householdViewSchema) });

/** One change of a household, from the audit: who, when, what and which fields (columns); never the values. */
export const householdHistoryEntrySchema = z.object({
  at: z.string(),
  actorId: z.string(),
  /** The actor's display name when they are a user; null for the system and the demo seed. */
  actorName: z.string().nullable(),
  /** `create`, `update`, `absence`, `absence_end`, or `outcome:<kind>`. */
  action: z.string(),
  fields: z.array(z.string()),
});

/** GET /api/care/households/{id}/history: oldest first. */
export const householdHistorySchema = z.object({ entries: z.array(householdHistoryEntrySchema) });
export type HouseholdHistory = z.infer<typeof householdHistorySchema>;

export const careOutcomes = ["safe", "needed_help", "hospital", "false_alarm"] as const;
export const careOutcomeSchema = z.enum(careOutcomes);
export type CareOutcomeKind = z.infer<typeof careOutcomeSchema>;

/** Body of POST /api/care/alerts/{id}/outcome: what the worker found; a false alarm says why. */
export const careOutcomeInputSchema = z
  .object({ outcome: careOutcomeSchema, reason: storableText().trim().max(500).default("") })
  .refine((o) => o.outcome !== "false_alarm" || o.reason.length > 0, { path: ["reason"], message: "say why it was a false alarm" });
export type CareOutcomeInput = z.infer<typeof careOutcomeInputSchema>;

export const careAlertKinds = ["alert", "meter_fault"] as const;

export const careAlertSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  kind: z.enum(careAlertKinds),
  raisedAt: z.string(),
  /** What the watch saw, in words. */
  seen: z.string(),
  caseId: z.string().nullable(),
  outcome: careOutcomeSchema.nullable(),
  outcomeNote: z.string().nullable(),
  gridCell: z.string(),
});
export type CareAlertView = z.infer<typeof careAlertSchema>;

/** GET /api/care/alerts/{id}: the alert with its household as the viewer may see it. */
export const careAlertDetailSchema = z.object({ alert: careAlertSchema, household: householdViewSchema });
export type CareAlertDetail = z.infer<typeof careAlertDetailSchema>;

export const careAlertListSchema = z.object({ alerts: z.array(careAlertSchema) });

/** GET /api/care/alerts/summary: what the wall screen shows of care alerts, counts and cells, never a household. */
export const careAlertSummarySchema = z.object({
  open: z.number().int(),
  meterFaults: z.number().int(),
  cells: z.array(z.object({ cell: z.string(), count: z.number().int() })),
});
export type CareAlertSummary = z.infer<typeof careAlertSummarySchema>;

/** GET /api/care/alerts: the open ones, or the alert of one case whatever came of it. */
export const careAlertQuerySchema = z.object({ caseId: z.uuid().optional() });
