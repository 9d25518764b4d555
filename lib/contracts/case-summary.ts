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
  /** Null, with `gridCell`, while the case waits for a dispatcher to place it (待定位): no dot on a map, no auto-dispatch. */
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  gridCell: z.string().nullable(),
  district: z.number().int().nullable(),
  /** Placed only by the district its address names (at the district's centre): no auto-dispatch until a dispatcher locates it. */
  locationApproximate: z.boolean(),
  department: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.iso.datetime(),
  dispatchedAt: z.iso.datetime().nullable(),
  /** Some SLA deadline of this case has passed with its step not taken (超期). */
  overdue: z.boolean(),
  /** Escalated to its department and the dispatcher after a missed deadline. */
  escalated: z.boolean(),
  /** The resident's rating: 满意 or 基本满意 (true), 不满意 (false); null until rated. */
  satisfied: z.boolean().nullable(),
  version: z.number().int().positive(),
});

export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** The version a client saw, as a request sends it back: a PostgreSQL integer, or the lookup itself fails. */
export const expectedVersionSchema = z.number().int().positive().max(2_147_483_647);

/** Where a case is, once it is placed. */
export interface Placed {
  lat: number;
  lng: number;
  gridCell: string;
}

/** A case has a position (and a grid) unless it waits for a dispatcher to place it (待定位). */
export function isPlaced<T extends { lat: number | null; lng: number | null; gridCell: string | null }>(item: T): item is T & Placed {
  return item.lat !== null && item.lng !== null && item.gridCell !== null;
}
