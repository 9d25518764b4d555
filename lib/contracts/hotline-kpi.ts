import { z } from "zod";

export const kpiGroupings = ["department", "district"] as const;
export const kpiGroupingSchema = z.enum(kpiGroupings);
export type KpiGrouping = z.infer<typeof kpiGroupingSchema>;

const rate = z.number().min(0).max(1).nullable();
const minutes = z.number().min(0).nullable();

/**
 * The performance figures 12345 hotlines report, for one department or district over a period.
 * Definitions: docs/closed-loop.md "KPIs". A rate is null when nothing in the period could count towards it.
 */
export const hotlineKpiRowSchema = z.object({
  group: z.string(),
  cases: z.number().int().min(0),
  onTimeSignForRate: rate,
  onTimeCloseRate: rate,
  satisfactionRate: rate,
  reopenRate: rate,
  meanMinutes: z.object({ toDispatch: minutes, toSignFor: minutes, toArrive: minutes, toResolve: minutes }),
});
export type HotlineKpiRow = z.infer<typeof hotlineKpiRowSchema>;

export const hotlineKpiQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  groupBy: kpiGroupingSchema.default("department"),
});
export type HotlineKpiQuery = z.infer<typeof hotlineKpiQuerySchema>;

/** GET /api/kpi/hotline: one row per department or district. */
export const hotlineKpiResponseSchema = z.object({
  groupBy: kpiGroupingSchema,
  from: z.string(),
  to: z.string(),
  rows: z.array(hotlineKpiRowSchema),
});
