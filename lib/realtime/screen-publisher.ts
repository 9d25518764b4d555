import { Emitter } from "@socket.io/redis-emitter";
import type { Redis } from "ioredis";
import type { Delta, UnsequencedDelta } from "@/lib/contracts/delta";
import type { Kpi } from "@/lib/contracts/kpi";
import { rooms, type ServerToClientEvents } from "@/lib/contracts/socket-events";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import type { DeltaLog } from "./delta-log";
import { redisKeys } from "./redis-keys";

export interface ScreenPublisher {
  publish(deltas: readonly UnsequencedDelta[]): Promise<Delta[]>;
  publishPositions(positions: readonly WorkerPosition[]): void;
  publishKpi(kpi: Kpi): void;
}

/** Rooms that hear a delta: every screen, and for a case also its department, its assigned worker and the worker it was just taken from. */
export function roomsOf(delta: UnsequencedDelta): string[] {
  if (delta.kind !== "case") return [rooms.screen];
  const { department, assigneeId } = delta.case;
  const workerIds = new Set([assigneeId, delta.formerAssigneeId].filter((id): id is string => Boolean(id)));
  return [rooms.screen, rooms.department(department), ...[...workerIds].map(rooms.worker)];
}

/** Pushes to every connected screen through Redis, from any process: web or worker. */
export function createScreenPublisher(redis: Redis, prefix: string, log: DeltaLog): ScreenPublisher {
  const emitter = new Emitter<ServerToClientEvents>(redis, { key: redisKeys(prefix).socketChannel });
  const screens = () => emitter.to(rooms.screen);
  return {
    async publish(deltas) {
      const sequenced = await log.append(deltas);
      // One emit to several rooms reaches a socket once, whichever of them it is in.
      for (const delta of sequenced) emitter.to(roomsOf(delta)).emit("delta", delta);
      return sequenced;
    },
    publishPositions(positions) {
      if (positions.length > 0) screens().emit("positions", [...positions]);
    },
    publishKpi(kpi) {
      screens().emit("kpi", kpi);
    },
  };
}
