import { z } from "zod";

/**
 * OASIS Common Alerting Protocol 1.2 alerts, as the weather service posts them (POST /api/alerts) and
 * as the city publishes its own (GET /api/alerts/{id}.xml). The XML is checked against cap12.xsd by
 * lib/domain/alerts; these are the typed shapes it maps to.
 */
export const CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

/** The largest alert accepted, in bytes: real ones are a few kB, the longest polygons some tens. */
export const MAX_CAP_ALERT_BYTES = 256 * 1024;

/** CAP's dateTime: seconds and an explicit offset, no fraction (`2021-07-25T12:30:00+08:00`). */
export const capDateTimeSchema = z
  .string()
  .regex(/^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/, "a CAP dateTime like 2021-07-25T12:30:00+08:00")
  .refine((value) => !Number.isNaN(Date.parse(value)), "not a real date and time");

export const capStatuses = ["Actual", "Exercise", "System", "Test", "Draft"] as const;
export const capMsgTypes = ["Alert", "Update", "Cancel", "Ack", "Error"] as const;
export const capScopes = ["Public", "Restricted", "Private"] as const;
export const capCategories = ["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"] as const;
export const capResponseTypes = ["Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"] as const;
export const capUrgencies = ["Immediate", "Expected", "Future", "Past", "Unknown"] as const;
export const capSeverities = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"] as const;
export const capCertainties = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"] as const;

export type CapSeverity = (typeof capSeverities)[number];
export type CapCategory = (typeof capCategories)[number];

const pointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
export type CapPoint = z.infer<typeof pointSchema>;

/** A closed ring of at least four points, the first repeated last (CAP 1.2 §3.3.2). */
export const capPolygonSchema = z
  .array(pointSchema)
  .min(4)
  .refine((ring) => ring[0]!.lat === ring.at(-1)!.lat && ring[0]!.lon === ring.at(-1)!.lon, "the first and last points must be the same");

export const capCircleSchema = z.object({ center: pointSchema, radiusKm: z.number().min(0).max(20_000) });
export type CapCircle = z.infer<typeof capCircleSchema>;

const valuePairSchema = z.object({ valueName: z.string(), value: z.string() });

export const capAreaSchema = z.object({
  areaDesc: z.string(),
  polygons: z.array(capPolygonSchema),
  circles: z.array(capCircleSchema),
  geocodes: z.array(valuePairSchema),
  altitude: z.number().optional(),
  ceiling: z.number().optional(),
});
export type CapArea = z.infer<typeof capAreaSchema>;

const resourceSchema = z.object({
  resourceDesc: z.string(),
  mimeType: z.string(),
  size: z.number().int().optional(),
  uri: z.string().optional(),
  derefUri: z.string().optional(),
  digest: z.string().optional(),
});

export const capInfoSchema = z.object({
  language: z.string().optional(),
  categories: z.array(z.enum(capCategories)).min(1),
  event: z.string(),
  responseTypes: z.array(z.enum(capResponseTypes)),
  urgency: z.enum(capUrgencies),
  severity: z.enum(capSeverities),
  certainty: z.enum(capCertainties),
  audience: z.string().optional(),
  eventCodes: z.array(valuePairSchema),
  effective: capDateTimeSchema.optional(),
  onset: capDateTimeSchema.optional(),
  expires: capDateTimeSchema.optional(),
  senderName: z.string().optional(),
  headline: z.string().optional(),
  description: z.string().optional(),
  instruction: z.string().optional(),
  web: z.string().optional(),
  contact: z.string().optional(),
  parameters: z.array(valuePairSchema),
  resources: z.array(resourceSchema),
  areas: z.array(capAreaSchema),
});
export type CapInfo = z.infer<typeof capInfoSchema>;

/** Identifier and sender: no spaces, commas, `<` or `&` (CAP 1.2 §3.2.1), so references can name them. */
const capTokenSchema = z.string().regex(/^[^\s,<&]+$/, "no spaces, commas, < or &");

export const capAlertSchema = z.object({
  identifier: capTokenSchema,
  sender: capTokenSchema,
  sent: capDateTimeSchema,
  status: z.enum(capStatuses),
  msgType: z.enum(capMsgTypes),
  source: z.string().optional(),
  scope: z.enum(capScopes),
  restriction: z.string().optional(),
  addresses: z.string().optional(),
  codes: z.array(z.string()),
  note: z.string().optional(),
  /** Earlier messages this one updates or cancels, as `sender,identifier,sent` triples separated by spaces. */
  references: z.string().optional(),
  incidents: z.string().optional(),
  infos: z.array(capInfoSchema),
});
export type CapAlert = z.infer<typeof capAlertSchema>;

/** A stored alert's life: in force until an Update supersedes it or a Cancel cancels it. */
export const alertStates = ["active", "superseded", "cancelled"] as const;
export type AlertState = (typeof alertStates)[number];

/** What the screens and GET /api/alerts show of a stored alert. */
export const alertSummarySchema = z.object({
  id: z.uuid(),
  /** `received` from a warning service; `issued` by the city's own operators. */
  origin: z.enum(["received", "issued"]),
  state: z.enum(alertStates),
  version: z.number().int().positive(),
  receivedAt: z.iso.datetime({ offset: true }),
  alert: capAlertSchema,
});
export type AlertSummary = z.infer<typeof alertSummarySchema>;

/** Answer of GET /api/alerts: the alerts in force now. */
export const alertListSchema = z.object({ alerts: z.array(alertSummarySchema) });
export type AlertList = z.infer<typeof alertListSchema>;

/** Answer of POST /api/alerts: 201 stored, 200 when the same identifier, sender and sent was stored before. */
export const alertStoredSchema = z.object({
  id: z.uuid(),
  duplicate: z.boolean(),
  /** The stored alerts this Update superseded or this Cancel cancelled. */
  applied: z.array(z.object({ id: z.uuid(), state: z.enum(alertStates) })),
});
export type AlertStored = z.infer<typeof alertStoredSchema>;

const issuePointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** POST /api/alerts/issue: an operator's warning for an area of the city, published as CAP 1.2. */
export const issueAlertRequestSchema = z
  .object({
    event: z.string().trim().min(1).max(120),
    category: z.enum(capCategories).default("Met"),
    urgency: z.enum(capUrgencies).default("Expected"),
    severity: z.enum(capSeverities),
    certainty: z.enum(capCertainties).default("Likely"),
    headline: z.string().trim().min(1).max(160),
    description: z.string().trim().min(1).max(4_000),
    instruction: z.string().trim().max(2_000).optional(),
    language: z.string().regex(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/).default("zh-CN"),
    area: z.object({
      description: z.string().trim().min(1).max(200),
      /** Rings of points; closed by the server if the last point is not the first. */
      polygons: z.array(z.array(issuePointSchema).min(3).max(1_000)).max(20).default([]),
      circles: z.array(z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), radiusKm: z.number().positive().max(500) })).max(20).default([]),
    }),
    effectiveAt: z.iso.datetime({ offset: true }).optional(),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .refine((request) => request.area.polygons.length + request.area.circles.length > 0, {
    path: ["area"],
    message: "give at least one polygon or circle",
  });
export type IssueAlertRequest = z.input<typeof issueAlertRequestSchema>;
/** An issue request with its defaults filled in. */
export type IssueAlert = z.output<typeof issueAlertRequestSchema>;

/** Answer of POST /api/alerts/issue. */
export const alertIssuedSchema = z.object({ id: z.uuid(), identifier: z.string(), xmlPath: z.string() });
export type AlertIssued = z.infer<typeof alertIssuedSchema>;
