import { z } from "zod";
import type { Delta } from "./delta";
import type { Kpi } from "./kpi";
import type { ResidentNotification } from "./notification";
import type { SensorValue } from "./sensor-values";
import type { WorkerPosition } from "./worker-summary";

export const catchUpRequestSchema = z.object({ afterSeq: z.number().int().min(0) });
export type CatchUpRequest = z.infer<typeof catchUpRequestSchema>;

/**
 * Either every delta after the requested seq, or `reset` (load the snapshot) when the screen is further
 * behind than a catch-up may carry or the log no longer reaches back that far. A refusal with
 * `retryAfterMs` means the socket asked too often: ask again after that long.
 */
export type CatchUpResponse =
  | { ok: true; deltas: Delta[] }
  | { ok: false; reset: true }
  | { ok: false; error: string; retryAfterMs?: number };

/** Who hears what: the wall screen's room, and one room per department, grid worker and user. */
export const rooms = {
  screen: "screen",
  /** The screen watchers who read the cases' text unmasked; they are in `screen` too. */
  screenFullText: "screen:full-text",
  department: (code: string) => `department:${code}`,
  worker: (workerId: string) => `worker:${workerId}`,
  user: (userId: string) => `user:${userId}`,
  /** Every socket opened with one session, so signing out reaches them all. */
  session: (sessionId: string) => `session:${sessionId}`,
} as const;

export interface ServerToClientEvents {
  /** Deltas of one publish that go to the same rooms, in seq order; a publish may send several such arrays. */
  deltas: (deltas: Delta[]) => void;
  positions: (positions: WorkerPosition[]) => void;
  kpi: (kpi: Kpi) => void;
  /** Rain and water-level gauges' newest values, at most one message a second, latest wins. */
  sensors: (values: SensorValue[]) => void;
  /** To `user:<id>`: a step of a case that user reported. */
  notification: (notification: ResidentNotification) => void;
}

export interface ClientToServerEvents {
  "catch-up": (request: CatchUpRequest, ack: (response: CatchUpResponse) => void) => void;
}
