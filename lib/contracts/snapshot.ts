import { z } from "zod";
import { caseSummarySchema } from "./case-summary";
import { kpiSchema } from "./kpi";
import { resourceSummarySchema } from "./resource";
import { workerSummarySchema } from "./worker-summary";

/** GET /api/snapshot: the state as of `seq`; deltas with a higher seq apply on top. */
export const snapshotSchema = z.object({
  seq: z.number().int().min(0),
  cases: z.array(caseSummarySchema),
  workers: z.array(workerSummarySchema),
  resources: z.array(resourceSummarySchema),
  kpi: kpiSchema,
});

/** The most cases a wall screen holds, and so the most a snapshot carries: open cases come first. */
export const screenCaseLimit = 100_000;

export type Snapshot = z.infer<typeof snapshotSchema>;
