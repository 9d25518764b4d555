import type { SensorValue } from "@/lib/contracts/sensor-values";

export interface ThrottledSensorPush {
  /** Keeps each gauge's newest value until the next push. */
  note(values: readonly SensorValue[]): void;
  close(): void;
}

/**
 * Gauges report every few seconds from many gateways: instead of one message per batch, screens get at
 * most one per `intervalMs`, holding each gauge that changed once, with its newest value.
 */
export function createThrottledSensorPush(push: (values: SensorValue[]) => void, intervalMs: number): ThrottledSensorPush {
  let waiting = new Map<string, SensorValue>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const values = [...waiting.values()];
    waiting = new Map();
    if (values.length > 0) push(values);
  };
  return {
    note(values) {
      for (const value of values) {
        const known = waiting.get(value.id);
        if (!known || Date.parse(known.measuredAt) <= Date.parse(value.measuredAt)) waiting.set(value.id, value);
      }
      if (timer === null && waiting.size > 0) {
        timer = setTimeout(flush, intervalMs);
        timer.unref();
      }
    },
    close() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = new Map();
    },
  };
}
