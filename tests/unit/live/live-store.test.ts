import { describe, expect, it } from "vitest";
import { createLiveStore } from "@/app/_live/live-store";
import type { ScreenSensor } from "@/lib/contracts";
import { aKpi, aSnapshot } from "./live-fixtures";

const gauge: ScreenSensor = { id: "rain-1", kind: "rain_gauge", lat: 31.2, lng: 121.4, unit: "mm/h", alarmAbove: 50, value: 1, measuredAt: "2026-07-26T02:00:00.000Z" };

describe("live store: one flush a frame", () => {
  it("applies gauge values and KPIs with the frame's positions, in one notification when the frame comes", () => {
    const frames: (() => void)[] = [];
    const store = createLiveStore((flush) => frames.push(flush), () => 5_000);
    store.dispatch({ type: "snapshot-loaded", snapshot: aSnapshot(1, { sensors: [gauge] }), at: 1_000 });
    let notified = 0;
    store.subscribe(() => notified++);

    store.enqueueSensorValues([{ id: "rain-1", value: 12, measuredAt: "2026-07-26T02:10:00.000Z" }]);
    store.enqueueKpi(aKpi("2026-07-26T02:10:01.000Z", 7));
    store.enqueuePositions([["w1", 31.1, 121.1]]);
    expect(notified).toBe(0);
    expect(store.getState().sensors.get("rain-1")?.value).toBe(1);

    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(notified).toBe(1);
    expect(store.getState()).toMatchObject({ kpi: { casesToday: 7 }, dataAsOf: 5_000 });
    expect(store.getState().sensors.get("rain-1")?.value).toBe(12);
  });
});
