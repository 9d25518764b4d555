import { z } from "zod";
import { expectedVersionSchema } from "./case-summary";
import { locationSchema } from "./geo";
import { storableText } from "./storable-text";

/** Emergency resources (PRODUCT §2): where people shelter, and what is sent to the water. */
export const resourceKinds = ["shelter", "pump", "sandbags", "team", "vehicle"] as const;
export const resourceKindSchema = z.enum(resourceKinds);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

/** The kinds that travel to a case or a place and come back; shelters and depots stay where they are. */
export const movableKinds = ["pump", "team", "vehicle"] as const satisfies readonly ResourceKind[];
export const movableKindSchema = z.enum(movableKinds);
export type MovableKind = z.infer<typeof movableKindSchema>;

/** available → en_route → on_scene → returning → available for what travels; open, full, closed for shelters; depots stay available. */
export const resourceStates = ["available", "en_route", "on_scene", "returning", "open", "full", "closed"] as const;
export const resourceStateSchema = z.enum(resourceStates);
export type ResourceState = z.infer<typeof resourceStateSchema>;

const skillSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case skill code");

/** A place a resource is sent to or moved to, with an optional name (「中山北路积水点」). */
export const resourcePlaceSchema = locationSchema.extend({ label: storableText().trim().min(1).max(120).optional() });
export type ResourcePlace = z.infer<typeof resourcePlaceSchema>;

/** Where a resource on a job was sent: a case (at its position) or a place. */
export const resourceTargetSchema = z.object({
  caseId: z.uuid().nullable(),
  lat: z.number(),
  lng: z.number(),
  label: z.string().nullable(),
});
export type ResourceTarget = z.infer<typeof resourceTargetSchema>;

/** One resource as lists, screens and deltas carry it; the fields of other kinds are null. */
export const resourceSummarySchema = z.object({
  id: z.uuid(),
  kind: resourceKindSchema,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  district: z.number().int(),
  /** The department whose staff run it in the field (see lib/domain/resources/resource-rules.ts). */
  department: z.string(),
  lat: z.number(),
  lng: z.number(),
  state: resourceStateSchema,
  version: z.number().int().positive(),
  /** Shelter: places, and people in them. */
  capacity: z.number().int().min(0).nullable(),
  occupancy: z.number().int().min(0).nullable(),
  /** Pump truck: m³ per hour. */
  m3PerHour: z.number().positive().nullable(),
  /** Sandbag depot: bags in stock. */
  stock: z.number().int().min(0).nullable(),
  /** Rescue team: people. */
  members: z.number().int().positive().nullable(),
  /** Rescue team or vehicle: what it can do. */
  skills: z.array(z.string()),
  target: resourceTargetSchema.nullable(),
  /** Synthetic demo data, not a real asset. */
  demo: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type ResourceSummary = z.infer<typeof resourceSummarySchema>;

export const resourceHistoryItemSchema = z.object({
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  fromState: resourceStateSchema.nullable(),
  toState: resourceStateSchema.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type ResourceHistoryItem = z.infer<typeof resourceHistoryItemSchema>;

/** GET /api/resources/{id}: the resource and its whole history, oldest first. */
export const resourceDetailSchema = z.object({ resource: resourceSummarySchema, history: z.array(resourceHistoryItemSchema) });
export type ResourceDetail = z.infer<typeof resourceDetailSchema>;

/** GET /api/resources: every filter optional. */
export const resourceQuerySchema = z.object({
  kind: resourceKindSchema.optional(),
  state: resourceStateSchema.optional(),
  district: z.coerce.number().int().positive().optional(),
});
export type ResourceQuery = z.infer<typeof resourceQuerySchema>;

export const resourceListSchema = z.object({ resources: z.array(resourceSummarySchema) });

export const resourceActions = ["dispatch", "arrive", "release", "back", "recall", "move", "report", "open", "close", "set_occupancy", "take", "restock"] as const;
export const resourceActionSchema = z.enum(resourceActions);
export type ResourceAction = z.infer<typeof resourceActionSchema>;

/** POST /api/resources/{id}/actions: one move, on the version the client last saw. */
export const resourceActionRequestSchema = z
  .object({
    action: resourceActionSchema,
    expectedVersion: expectedVersionSchema,
    /** dispatch: the case it goes to (at the case's position). */
    caseId: z.uuid().optional(),
    /** dispatch: the place it goes to, when not a case; move: where it waits now. */
    place: resourcePlaceSchema.optional(),
    /** set_occupancy: people in the shelter now. */
    occupancy: z.number().int().min(0).max(1_000_000).optional(),
    /** take, restock: sandbags. */
    amount: z.number().int().positive().max(1_000_000).optional(),
    /** report: the team's progress; any other action: a remark kept in the history. */
    note: storableText().trim().min(1).max(500).optional(),
  })
  .refine((request) => request.caseId === undefined || request.place === undefined, { message: "a case or a place, not both", path: ["place"] });
export type ResourceActionRequest = z.infer<typeof resourceActionRequestSchema>;

/** What is needed where: the nearest available resource of the kind that has it is sent. */
export const resourceNeedSchema = z
  .object({
    kind: movableKindSchema,
    caseId: z.uuid().optional(),
    place: resourcePlaceSchema.optional(),
    /** pump: at least this many m³/h. */
    minM3PerHour: z.number().positive().max(100_000).optional(),
    /** team or vehicle: this skill. */
    skill: skillSchema.optional(),
  })
  .refine((need) => (need.caseId === undefined) !== (need.place === undefined), { message: "a case or a place, not both", path: ["caseId"] });
export type ResourceNeed = z.infer<typeof resourceNeedSchema>;

/** POST /api/resources/dispatch: one need, or a burst of them assigned jointly. */
export const resourceDispatchRequestSchema = z.object({ needs: z.array(resourceNeedSchema).min(1).max(200) });

export const resourceExclusions = ["not_available", "lacks_capacity", "lacks_skill"] as const;
export type ResourceExclusion = (typeof resourceExclusions)[number];

/** Why this resource: how far, how many of its kind were looked at, and why the others were passed over. */
export const resourceChoiceReasonSchema = z.object({
  method: z.enum(["nearest", "least-total-travel"]),
  travelMeters: z.number().int().min(0),
  roadFactor: z.number(),
  considered: z.number().int().min(0),
  eligible: z.number().int().min(0),
  excluded: z.record(z.enum(resourceExclusions), z.number().int().min(0)),
  /** The next nearest eligible ones, nearest first. */
  runnersUp: z.array(z.object({ id: z.uuid(), travelMeters: z.number().int().min(0) })),
});
export type ResourceChoiceReason = z.infer<typeof resourceChoiceReasonSchema>;

export const resourceDispatchResultSchema = z.object({
  assigned: z.array(z.object({ need: z.number().int().min(0), resource: resourceSummarySchema, reason: resourceChoiceReasonSchema })),
  unassigned: z.array(z.object({ need: z.number().int().min(0), code: z.string(), message: z.string() })),
  totalTravelMeters: z.number().int().min(0),
});
export type ResourceDispatchResult = z.infer<typeof resourceDispatchResultSchema>;

/** GET /api/cases/{id}/resource-suggestions: what is needed at the case. */
export const resourceSuggestionQuerySchema = z.object({
  kind: movableKindSchema,
  minM3PerHour: z.coerce.number().positive().max(100_000).optional(),
  skill: skillSchema.optional(),
});
export type ResourceSuggestionQuery = z.infer<typeof resourceSuggestionQuerySchema>;

/** The nearest available resources of the kind with the capability, ranked as dispatch ranks them, before anything is sent. */
export const resourceSuggestionsSchema = z.object({
  target: resourceTargetSchema,
  suggestions: z.array(z.object({ resource: resourceSummarySchema, travelMeters: z.number().int().min(0) })),
  considered: z.number().int().min(0),
  eligible: z.number().int().min(0),
  excluded: z.record(z.enum(resourceExclusions), z.number().int().min(0)),
  roadFactor: z.number(),
});
export type ResourceSuggestions = z.infer<typeof resourceSuggestionsSchema>;
