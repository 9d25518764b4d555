import { z } from "zod";
import { alertSummarySchema } from "./cap-alert";
import { caseSummarySchema } from "./case-summary";
import { storedForecastSchema } from "./forecast";
import { resourceSummarySchema } from "./resource";
import { riskTopSchema } from "./risk";
import { screenModeSchema } from "./screen-mode";
import { workerSummarySchema } from "./worker-summary";

/** Fields of a case a patch may set: any but its id and its version, which the patch carries apart. */
export const casePatchSetSchema = caseSummarySchema.omit({ id: true, version: true }).partial();
export type CasePatchSet = z.infer<typeof casePatchSetSchema>;
export type CasePatchField = keyof CasePatchSet;

/**
 * A change pushed to screens. `seq` is global and gap-free per deployment, so a screen
 * that sees a gap (or reconnects) asks for what it missed.
 */
export const deltaSchema = z.discriminatedUnion("kind", [
  z.object({
    seq: z.number().int().positive(),
    kind: z.literal("case"),
    case: caseSummarySchema,
    /** The worker this change took the case from (改派, 收回, merged or cancelled away): their phone hears it too and drops the task. */
    formerAssigneeId: z.string().optional(),
  }),
  /**
   * A change to a case the wall screens already hold, as only the fields that changed (its new
   * stage, worker…) and its new version: a screen holding an older version merges them in, one
   * that does not hold the case passes it over. Only `screen` hears patches (and replays them in a
   * catch-up); department and worker rooms always get the whole case.
   */
  z.object({ seq: z.number().int().positive(), kind: z.literal("case-patch"), id: z.string(), version: z.number().int().positive(), set: casePatchSetSchema }),
  z.object({ seq: z.number().int().positive(), kind: z.literal("worker"), worker: workerSummarySchema }),
  /** An emergency resource changed (sent, arrived, back, moved, a shelter's count, a depot's stock). */
  z.object({ seq: z.number().int().positive(), kind: z.literal("resource"), resource: resourceSummarySchema }),
  /** A weather service issued a tropical-cyclone forecast (POST /api/forecasts). */
  z.object({ seq: z.number().int().positive(), kind: z.literal("forecast"), forecast: storedForecastSchema }),
  /** A CAP alert was stored, or an Update or Cancel superseded or cancelled it (POST /api/alerts, POST /api/alerts/issue). */
  z.object({ seq: z.number().int().positive(), kind: z.literal("alert"), alert: alertSummarySchema }),
  /** Typhoon mode switched on or off (PUT /api/screen/mode, or an alert coming into or out of force). */
  z.object({ seq: z.number().int().positive(), kind: z.literal("screen-mode"), mode: screenModeSchema }),
  /** The flood-risk map was recomputed (lib/pipeline/compute-risk.ts): the top cells of each horizon; the rest via GET /api/risk. */
  z.object({ seq: z.number().int().positive(), kind: z.literal("risk"), risk: riskTopSchema }),
]);

export type Delta = z.infer<typeof deltaSchema>;

/** A delta before the sequencer numbered it. */
export type UnsequencedDelta = Delta extends infer D ? (D extends Delta ? Omit<D, "seq"> : never) : never;
