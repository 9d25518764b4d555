import { Emitter } from "@socket.io/redis-emitter";
import type { Redis } from "ioredis";
import type { Delta, UnsequencedDelta } from "@/lib/contracts/delta";
import type { Kpi } from "@/lib/contracts/kpi";
import { rooms, type ServerToClientEvents } from "@/lib/contracts/socket-events";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import type { DeltaLog } from "./delta-log";
import { redisKeys } from "./redis-keys";

export interface PublishOptions {
  /** Workers the cases of this batch were just taken from (recalled, reassigned, merged, finished): their phones must hear the case left them. */
  releasedWorkerIds?: readonly string[];
}

export interface ScreenPublisher {
  publish(deltas: readonly UnsequencedDelta[], options?: PublishOptions): Promise<Delta[]>;
  publishPositions(positions: readonly WorkerPosition[]): void;
  publishKpi(kpi: Kpi): void;
}

/** Rooms that hear a delta: every screen, and for a case also its department, its assigned worker and any worker it was just taken from. */
export function roomsOf(delta: UnsequencedDelta, releasedWorkerIds: readonly string[] = []): string[] {
  if (delta.kind !== "case") return [rooms.screen];
  const { department, assigneeId } = delta.case;
  const workers = new Set([...(assigneeId ? [assigneeId] : []), ...releasedWorkerIds]);
  return [rooms.screen, rooms.department(department), ...[...workers].map((id) => rooms.worker(id))];
}

/** Pushes to every connected screen through Redis, from any process: web or worker. */
export function createScreenPublisher(redis: Redis, prefix: string, log: DeltaLog): ScreenPublisher {
  const emitter = new Emitter<ServerToClientEvents>(redis, { key: redisKeys(prefix).socketChannel });
  const screens = () => emitter.to(rooms.screen);
  return {
    async publish(deltas, options = {}) {
      const sequenced = await log.append(deltas);
      // One emit to several rooms reaches a socket once, whichever of them it is in.
      for (const delta of sequenced) emitter.to(roomsOf(delta, options.releasedWorkerIds)).emit("delta", delta);
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
