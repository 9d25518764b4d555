import type { Redis } from "ioredis";
import type { Delta } from "@/lib/contracts/delta";
import type { Kpi } from "@/lib/contracts/kpi";
import type { SensorValue } from "@/lib/contracts/sensor-values";
import { rooms } from "@/lib/contracts/socket-events";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { forScreens, inFull, type Publishable } from "./case-change";
import type { DeltaLog } from "./delta-log";
import { groupByRooms } from "./group-by-rooms";
import { maskDeltas } from "./mask-deltas";
import { createSocketEmitter } from "./socket-emitter";

export interface ScreenPublisher {
  /** Numbers, logs and sends a batch in one go; returns the deltas as the wall screens got them. */
  publish(items: readonly Publishable[]): Promise<Delta[]>;
  publishPositions(positions: readonly WorkerPosition[]): void;
  publishKpi(kpi: Kpi): void;
  /** Gauges' latest values, latest wins: not sequenced, like positions (a reloaded screen reads them in the snapshot). */
  publishSensorValues(values: readonly SensorValue[]): void;
}

/** Pushes to every connected screen through Redis, from any process: web or worker. */
export function createScreenPublisher(redis: Redis, prefix: string, log: DeltaLog): ScreenPublisher {
  const emitter = createSocketEmitter(redis, prefix);
  const screens = () => emitter.to(rooms.screen);
  return {
    async publish(items) {
      const sequenced = await log.append(items.map(forScreens));
      if (sequenced.length === 0) return sequenced;
      // Screens get the whole batch in one message; other rooms only their part, and never a second
      // copy on a socket that also watches the screen. Numbers typed into a case's text reach only
      // those who may see the reporter's phone: a batch with none is one message for every screen.
      const masked = maskDeltas(sequenced);
      if (masked === sequenced) screens().emit("deltas", sequenced);
      else {
        emitter.to(rooms.screenFullText).emit("deltas", sequenced);
        screens().except(rooms.screenFullText).emit("deltas", [...masked]);
      }
      // Department and worker rooms may not hold a case a screen is sent a patch of: they get it whole, under the same seq.
      const whole = items.some((item) => item.kind === "case-change")
        ? sequenced.map((delta, i) => ({ ...inFull(items[i]!), seq: delta.seq }) as Delta)
        : sequenced;
      const wholeMasked = whole === sequenced ? masked : maskDeltas(whole);
      for (const group of groupByRooms(whole, wholeMasked)) emitter.to(group.rooms).except(rooms.screen).emit("deltas", group.deltas);
      return sequenced;
    },
    publishPositions(positions) {
      if (positions.length > 0) screens().emit("positions", [...positions]);
    },
    publishKpi(kpi) {
      screens().emit("kpi", kpi);
    },
    publishSensorValues(values) {
      if (values.length > 0) screens().emit("sensors", [...values]);
    },
  };
}
