import { z } from "zod";
import { deltaSchema } from "./delta";
import { kpiSchema } from "./kpi";
import { residentNotificationSchema } from "./notification";
import { sensorValueSchema } from "./sensor-values";
import { catchUpRequestSchema, type CatchUpResponse, type ClientToServerEvents, type ServerToClientEvents } from "./socket-events";
import { workerPositionSchema } from "./worker-summary";

type PayloadOf<Handler> = Handler extends (payload: infer Payload, ...rest: never[]) => void ? Payload : never;

export interface SocketEventDoc<Payload> {
  /** Which sockets hear it (server → client) or may send it (client → server). */
  rooms: string;
  summary: string;
  payload: z.ZodType<Payload>;
  /** The acknowledgement's argument, for events that take one. */
  ack?: z.ZodType;
}

const catchUpResponseSchema: z.ZodType<CatchUpResponse> = z.union([
  z.object({ ok: z.literal(true), deltas: z.array(deltaSchema) }),
  z.object({ ok: z.literal(false), reset: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Every socket.io event with its payload's schema, for docs/api.md. Typed against the events
 * interfaces, so an event added there without an entry here does not compile.
 */
export const serverToClientEventDocs: { [Event in keyof ServerToClientEvents]: SocketEventDoc<PayloadOf<ServerToClientEvents[Event]>> } = {
  deltas: {
    rooms:
      "`screen` every delta; `department:<code>` and `worker:<id>` the deltas of their cases (and a case's former worker, named in `formerAssigneeId`); `department:<code>` also those of the resources it runs",
    summary: "Changes to cases, workers, emergency resources, CAP alerts, forecasts, the screen's mode and the flood-risk map's top cells in seq order; one publish may arrive as several arrays, one per set of rooms. A screen applies those newer than its snapshot.",
    payload: z.array(deltaSchema),
  },
  positions: {
    rooms: "`screen`",
    summary: "Live worker positions as `[workerId, lat, lng]`, latest wins.",
    payload: z.array(workerPositionSchema),
  },
  kpi: {
    rooms: "`screen`",
    summary: "The wall screen's counters, recomputed every KPI_INTERVAL_MS.",
    payload: kpiSchema,
  },
  sensors: {
    rooms: "`screen`",
    summary: "Rain and water-level gauges' newest readings `{id, value, measuredAt}` from POST /api/sensors/readings, gathered for at most a second, latest wins.",
    payload: z.array(sensorValueSchema),
  },
  notification: {
    rooms: "`user:<id>`",
    summary: "A step of a case that user reported (also POSTed to NOTIFY_WEBHOOK_URL).",
    payload: residentNotificationSchema,
  },
};

export const clientToServerEventDocs: { [Event in keyof ClientToServerEvents]: SocketEventDoc<PayloadOf<ClientToServerEvents[Event]>> } = {
  "catch-up": {
    rooms: "sockets in `screen` only",
    summary: "The deltas after `afterSeq`, from the delta log (DELTA_LOG_LENGTH); `reset` when the log no longer reaches back: reload the snapshot.",
    payload: catchUpRequestSchema,
    ack: catchUpResponseSchema,
  },
};
