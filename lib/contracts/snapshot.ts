import { z } from "zod";
import { caseSummarySchema } from "./case-summary";
import { storedForecastSchema } from "./forecast";
import { kpiSchema } from "./kpi";
import { resourceSummarySchema } from "./resource";
import { screenModeSchema } from "./screen-mode";
import { screenSensorSchema } from "./sensor-values";
import { workerSummarySchema } from "./worker-summary";

/** GET /api/snapshot: the state as of `seq`; deltas with a higher seq apply on top. */
export const snapshotSchema = z.object({
  seq: z.number().int().min(0),
  cases: z.array(caseSummarySchema),
  workers: z.array(workerSummarySchema),
  resources: z.array(resourceSummarySchema),
  kpi: kpiSchema,
  mode: screenModeSchema,
  /** The rain and water-level gauges with their latest reading. */
  sensors: z.array(screenSensorSchema),
  /** The forecasts of the storm last heard of (in the last week), oldest issue first; empty when none. */
  forecasts: z.array(storedForecastSchema),
});

/** The most cases a wall screen holds, and so the most a snapshot carries: open cases come first. */
export const screenCaseLimit = 100_000;

export type Snapshot = z.infer<typeof snapshotSchema>;
