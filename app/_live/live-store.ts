import type { Delta, Kpi, SensorValue, WorkerPosition } from "@/lib/contracts";
import { reduceLive, type LiveAction } from "./live-reducer";
import { markLive } from "./live-marks";
import { initialLiveState, type LiveState } from "./live-state";

export interface LiveStore {
  getState(): LiveState;
  subscribe(listener: () => void): () => void;
  dispatch(action: LiveAction): void;
  /** Deltas, positions, gauge values and KPIs arrive message by message; they are applied in one batch per frame. */
  enqueueDeltas(batch: readonly Delta[]): void;
  enqueuePositions(positions: readonly WorkerPosition[]): void;
  enqueueSensorValues(values: readonly SensorValue[]): void;
  enqueueKpi(kpi: Kpi): void;
}

export type ScheduleFlush = (flush: () => void) => void;

/** The next frame when visible; a timer when hidden, where frames stop but the buffer must not grow. */
export const scheduleFlushByFrame: ScheduleFlush = (flush) => {
  if (document.visibilityState === "hidden") setTimeout(flush, 250);
  else requestAnimationFrame(flush);
};

export function createLiveStore(schedule: ScheduleFlush = scheduleFlushByFrame, now = Date.now): LiveStore {
  let state = initialLiveState;
  const listeners = new Set<() => void>();
  let deltas: Delta[] = [];
  let positions: WorkerPosition[] = [];
  let sensorValues: SensorValue[] = [];
  let kpis: Kpi[] = [];
  let flushScheduled = false;

  const reduce = (action: LiveAction) => {
    state = reduceLive(state, action);
  };
  const notify = () => {
    markLive("live-store:flush");
    listeners.forEach((listener) => listener());
  };

  const applyQueued = () => {
    flushScheduled = false;
    if (deltas.length > 0) reduce({ type: "deltas-received", deltas, at: now() });
    if (positions.length > 0) reduce({ type: "positions-received", positions, at: now() });
    if (sensorValues.length > 0) reduce({ type: "sensors-received", values: sensorValues, at: now() });
    for (const kpi of kpis) reduce({ type: "kpi-received", kpi, at: now() });
    const changed = deltas.length > 0 || positions.length > 0 || sensorValues.length > 0 || kpis.length > 0;
    deltas = [];
    positions = [];
    sensorValues = [];
    kpis = [];
    return changed;
  };
  const requestFlush = () => {
    if (flushScheduled) return;
    flushScheduled = true;
    schedule(() => {
      if (applyQueued()) notify();
    });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      // Queued deltas are older than this action: apply them first so order is kept.
      applyQueued();
      reduce(action);
      notify();
    },
    enqueueDeltas(batch) {
      if (batch.length === 0) return;
      for (const delta of batch) deltas.push(delta);
      requestFlush();
    },
    enqueuePositions(batch) {
      for (const position of batch) positions.push(position);
      requestFlush();
    },
    enqueueSensorValues(values) {
      for (const value of values) sensorValues.push(value);
      requestFlush();
    },
    enqueueKpi(kpi) {
      kpis.push(kpi);
      requestFlush();
    },
  };
}
