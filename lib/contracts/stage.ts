import { z } from "zod";

/** The closed loop 上报→受理→分派→处置→反馈→评价→结案, and the side exits. */
export const stages = [
  "reported",
  "accepted",
  "dispatched",
  "in_progress",
  "resolved",
  "rated",
  "closed",
  "rejected",
  "merged",
  "reopened",
  "cancelled",
] as const;

export const stageSchema = z.enum(stages);
export type Stage = z.infer<typeof stageSchema>;

export const openStages: readonly Stage[] = ["reported", "accepted", "dispatched", "in_progress", "reopened"];

export const priorities = ["urgent", "high", "normal", "low"] as const;
export const prioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof prioritySchema>;
