import { z } from "zod";

export const kpiSchema = z.object({
  computedAt: z.iso.datetime(),
  casesToday: z.number().int().min(0),
  dispatchedToday: z.number().int().min(0),
  openCases: z.number().int().min(0),
  meanSecondsToDispatch: z.number().min(0).nullable(),
  workersOnDuty: z.number().int().min(0),
});

export type Kpi = z.infer<typeof kpiSchema>;
