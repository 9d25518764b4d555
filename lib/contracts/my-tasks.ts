import { z } from "zod";
import { caseSummarySchema } from "./case-summary";
import type { Stage } from "./stage";

/** A worker holds a task while it is dispatched to them or in their hands; a reopened one may come back to them. */
export const workerTaskStages: readonly Stage[] = ["dispatched", "in_progress", "reopened"];

const coordinate = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().min(min).max(max).optional());

/** GET /api/my/tasks?lat=&lng=: where the phone is; without it, the worker's last known position. */
export const myTasksQuerySchema = z
  .object({ lat: coordinate(-90, 90), lng: coordinate(-180, 180) })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: "give both lat and lng, or neither", path: ["lat"] });
export type MyTasksQuery = z.infer<typeof myTasksQuerySchema>;

/** The step a task waits for next, and when the catalogue's SLA says it is due. */
export const taskDeadlineSchema = z.object({
  step: z.enum(["sign_for", "arrive", "resolve"]),
  dueAt: z.iso.datetime(),
});
export type TaskDeadline = z.infer<typeof taskDeadlineSchema>;

export const myTaskSchema = z.object({
  case: caseSummarySchema,
  /** Straight-line metres from the origin; null when no position is known. */
  distanceM: z.number().min(0).nullable(),
  deadline: taskDeadlineSchema.nullable(),
  overdue: z.boolean(),
  /** 到场: when the current assignee reported arriving. */
  arrivedAt: z.iso.datetime().nullable(),
});
export type MyTask = z.infer<typeof myTaskSchema>;

export const myTasksResponseSchema = z.object({
  /** A grid worker's own tasks, or a department's open cases for its staff. */
  scope: z.enum(["worker", "department"]),
  origin: z.object({ lat: z.number(), lng: z.number(), source: z.enum(["device", "last_known"]) }).nullable(),
  tasks: z.array(myTaskSchema),
});
export type MyTasksResponse = z.infer<typeof myTasksResponseSchema>;
