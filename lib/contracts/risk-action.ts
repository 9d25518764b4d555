import { z } from "zod";
import { residentCategorySchema } from "./care";
import { idempotencyKeySchema } from "./event-report";
import { resourceSummarySchema } from "./resource";
import { riskHorizonSchema, riskReasonSchema } from "./risk";

/** What one click on a risk point can send (docs/risk.md, "From risk to action"). */
export const riskActionKinds = ["pump", "sandbags", "shelter", "evacuate"] as const;
export const riskActionKindSchema = z.enum(riskActionKinds);
export type RiskActionKind = z.infer<typeof riskActionKindSchema>;

/** The kinds that use a resource, named by its id. */
export const resourceRiskActionKinds = ["pump", "sandbags", "shelter"] as const satisfies readonly RiskActionKind[];

/** `/api/risk/cells/{cell}/…`: an H3 cell of the grid's resolution, as the risk map names it. */
export const riskCellParamsSchema = z.object({ cell: z.string().regex(/^[0-9a-f]{15}$/, "an H3 cell") });

export const riskCellActionsQuerySchema = z.object({ horizon: riskHorizonSchema });

/** One household to bring out of the cell, masked as the registry masks it for viewers without need to know. */
export const evacueeSchema = z.object({
  householdId: z.string(),
  category: residentCategorySchema,
  masked: z.boolean(),
  name: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  /** People to move: two for an elderly couple, one otherwise. */
  people: z.number().int().min(1),
  /** Away or in hospital now (a registered absence): listed, not counted. */
  absent: z.boolean(),
});
export type Evacuee = z.infer<typeof evacueeSchema>;

const travelSchema = { resource: resourceSummarySchema, travelMeters: z.number().int().min(0) };

/** The suggestions for a risk point; a kind is null when nothing available has what it needs. */
export const riskActionSuggestionsSchema = z.object({
  /** The nearest available pump truck and when it would be there. */
  pump: z.object({ ...travelSchema, etaMinutes: z.number().int().min(0) }).nullable(),
  /** The nearest depot holding the bags the cell needs, and what it keeps. */
  sandbags: z.object({ ...travelSchema, bags: z.number().int().positive(), stockLeft: z.number().int().min(0) }).nullable(),
  /** The nearest shelter with room for the cell's evacuees (a closed one is opened), and the places left after them. */
  shelter: z.object({ ...travelSchema, people: z.number().int().min(0), roomLeft: z.number().int().min(0), opens: z.boolean() }).nullable(),
  /** The vulnerable households registered in the cell. */
  evacuation: z.object({ households: z.array(evacueeSchema), people: z.number().int().min(0) }),
});
export type RiskActionSuggestions = z.infer<typeof riskActionSuggestionsSchema>;

/** GET /api/risk/cells/{cell}/actions: the cell's latest risk for the horizon and what to send. */
export const riskCellActionsSchema = z.object({
  cell: z.string(),
  horizon: riskHorizonSchema,
  computedAt: z.iso.datetime({ offset: true }),
  score: z.number().min(0).max(1),
  reasons: z.array(riskReasonSchema),
  /** The cell's centre, where a case for it is placed. */
  lat: z.number(),
  lng: z.number(),
  district: z.number().int().nullable(),
  suggestions: riskActionSuggestionsSchema,
});
export type RiskCellActions = z.infer<typeof riskCellActionsSchema>;

/** POST /api/risk/cells/{cell}/actions: the action chosen on the risk the client saw. */
export const riskActionRequestSchema = z
  .object({
    kind: riskActionKindSchema,
    /** pump, sandbags, shelter: the resource offered. */
    resourceId: z.uuid().optional(),
    horizon: riskHorizonSchema,
    /** The computation the client was shown: its risk motivates the case. */
    computedAt: z.iso.datetime({ offset: true }),
    /** One per click: the same key again returns what the first request did. */
    clientKey: idempotencyKeySchema,
  })
  .refine((r) => (r.kind === "evacuate") === (r.resourceId === undefined), {
    path: ["resourceId"],
    message: "pump, sandbags and shelter name their resource; evacuate takes none",
  });
export type RiskActionRequest = z.infer<typeof riskActionRequestSchema>;

export const riskActionResultSchema = z.object({
  caseId: z.uuid(),
  caseCode: z.string(),
  /** False when the client key was seen before: nothing new was sent. */
  created: z.boolean(),
  /** The resource as the action left it (en route, stock taken, opened), or null for an evacuation. */
  resource: resourceSummarySchema.nullable(),
});
export type RiskActionResult = z.infer<typeof riskActionResultSchema>;
