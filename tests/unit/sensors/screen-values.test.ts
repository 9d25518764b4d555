import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SensorKind } from "@/lib/contracts";
import { latestScreenValues } from "@/lib/domain/sensors/latest-values";
import { createThrottledSensorPush } from "@/lib/realtime/throttled-sensor-push";

describe("latestScreenValues", () => {
  const kinds: Record<string, SensorKind> = { "RG-1": "rain_gauge", "WL-1": "water_level", "WM-1": "water_meter" };

  it("keeps each drawn gauge's newest reading of the batch, and no meter's", () => {
    const values = latestScreenValues(
      {
        sensorIds: ["RG-1", "RG-1", "WL-1", "WM-1", "RG-1"],
        measuredAt: ["2021-07-25T00:01:00Z", "2021-07-25T00:03:00Z", "2021-07-25T00:01:00Z", "2021-07-25T00:05:00Z", "2021-07-25T00:02:00Z"],
        values: [1, 3, 12, 99, 2],
      },
      (id) => kinds[id],
    );
    expect(values).toEqual([
      { id: "RG-1", value: 3, measuredAt: "2021-07-25T00:03:00Z" },
      { id: "WL-1", value: 12, measuredAt: "2021-07-25T00:01:00Z" },
    ]);
  });
});

describe("createThrottledSensorPush", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("pushes at most once per interval, each gauge once with its newest value", () => {
    const pushes: unknown[][] = [];
    const push = createThrottledSensorPush((values) => pushes.push(values), 1_000);
    push.note([{ id: "RG-1", value: 1, measuredAt: "2021-07-25T00:01:00Z" }]);
    push.note([
      { id: "RG-1", value: 3, measuredAt: "2021-07-25T00:03:00Z" },
      { id: "WL-1", value: 9, measuredAt: "2021-07-25T00:03:00Z" },
    ]);
    push.note([{ id: "RG-1", value: 2, measuredAt: "2021-07-25T00:02:00Z" }]);
    expect(pushes).toHaveLength(0);
    vi.advanceTimersByTime(1_000);
    expect(pushes).toEqual([
      [
        { id: "RG-1", value: 3, measuredAt: "2021-07-25T00:03:00Z" },
        { id: "WL-1", value: 9, measuredAt: "2021-07-25T00:03:00Z" },
      ],
    ]);
    vi.advanceTimersByTime(5_000);
    expect(pushes).toHaveLength(1);
    push.note([{ id: "RG-1", value: 4, measuredAt: "2021-07-25T00:04:00Z" }]);
    push.close();
    vi.advanceTimersByTime(5_000);
    expect(pushes).toHaveLength(1);
  });
});
