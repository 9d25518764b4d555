import { z } from "zod";

const rate = z.number().min(0).max(1).nullable();

/** Open cases of one department (its code) or district (its adcode as text; "unknown" when not placed). */
export const backlogRowSchema = z.object({ group: z.string(), open: z.number().int().min(0) });
export type BacklogRow = z.infer<typeof backlogRowSchema>;

/** One clock hour of the last 24. */
export const kpiHourSchema = z.object({
  hourStart: z.iso.datetime(),
  /** Cases created in the hour. */
  reported: z.number().int().min(0),
  /** Cases open at the hour's end (or now, for the current hour). */
  backlog: z.number().int().min(0),
  /** Median seconds from creation to dispatch of the cases dispatched in the hour; null when none was. */
  medianSecondsToDispatch: z.number().min(0).nullable(),
});
export type KpiHour = z.infer<typeof kpiHourSchema>;

export const kpiSchema = z.object({
  computedAt: z.iso.datetime(),
  casesToday: z.number().int().min(0),
  dispatchedToday: z.number().int().min(0),
  openCases: z.number().int().min(0),
  meanSecondsToDispatch: z.number().min(0).nullable(),
  workersOnDuty: z.number().int().min(0),
  /** The 12345 rates (docs/closed-loop.md "12345 KPIs") over the cases created today; null when none counts. */
  onTimeSignForRate: rate,
  onTimeCloseRate: rate,
  satisfactionRate: rate,
  /** Most open cases first. */
  backlogByDepartment: z.array(backlogRowSchema),
  backlogByDistrict: z.array(backlogRowSchema),
  /** The last 24 clock hours, oldest first, the current hour last. */
  lastDay: z.array(kpiHourSchema).max(24),
});

export type Kpi = z.infer<typeof kpiSchema>;
