import { describe, expect, it } from "vitest";
import { reduceLive } from "@/app/_live/live-reducer";
import { initialLiveState } from "@/app/_live/live-state";
import type { RiskTop, ScreenSensor } from "@/lib/contracts";
import { aForecast, aStoredForecast } from "../typhoon/forecast-fixture";
import { aScreenMode, aSnapshot } from "./live-fixtures";

const at = 1_000;
const ids = ["a1a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", "b2a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", "c3a0fd72-81fa-5e9e-9b6e-5dd984b23b6d"] as const;
const gauge = (id: string, value: number | null, measuredAt: string | null): ScreenSensor => ({
  id,
  kind: "rain_gauge",
  lat: 31.2,
  lng: 121.4,
  unit: "mm/h",
  alarmAbove: 50,
  value,
  measuredAt,
});

describe("reduceLive: the typhoon night", () => {
  const first = aStoredForecast(ids[0], aForecast("2021-07-24T00:00:00Z", 27, 125));
  const loaded = reduceLive(initialLiveState, {
    type: "snapshot-loaded",
    snapshot: aSnapshot(10, { mode: aScreenMode(false), forecasts: [first], sensors: [gauge("RG-0001", 1, "2021-07-24T00:00:00Z")] }),
    at,
  });

  it("takes mode, forecasts and gauges from the snapshot", () => {
    expect(loaded.mode?.typhoon).toBe(false);
    expect(loaded.forecasts).toEqual([first]);
    expect(loaded.sensors.get("RG-0001")?.value).toBe(1);
  });

  it("switches mode by a screen-mode delta, and keeps a later mode over an earlier one arriving after it", () => {
    const on = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "screen-mode", mode: aScreenMode(true, "2026-01-01T10:00:00Z") }], at });
    expect(on.mode?.typhoon).toBe(true);
    expect(on.lastSeq).toBe(11);
    const stale = reduceLive(on, { type: "deltas-received", deltas: [{ seq: 12, kind: "screen-mode", mode: aScreenMode(false, "2026-01-01T09:00:00Z") }], at });
    expect(stale.mode?.typhoon).toBe(true);
    const reloaded = reduceLive(on, { type: "snapshot-loaded", snapshot: aSnapshot(11, { mode: aScreenMode(true, "2026-01-01T10:00:00Z") }), at });
    expect(reloaded.mode?.typhoon).toBe(true);
  });

  it("keeps a storm's forecasts in issue order, replaces a resent one, and starts over for another storm", () => {
    const later = aStoredForecast(ids[1], aForecast("2021-07-24T06:00:00Z", 27.5, 124.5));
    const earlier = aStoredForecast(ids[2], aForecast("2021-07-23T18:00:00Z", 26.5, 125.5));
    const both = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "forecast", forecast: later }, { seq: 12, kind: "forecast", forecast: earlier }], at });
    expect(both.forecasts.map((f) => f.forecast.issuedAt)).toEqual(["2021-07-23T18:00:00Z", "2021-07-24T00:00:00Z", "2021-07-24T06:00:00Z"]);
    const resent = aStoredForecast(ids[1], aForecast("2021-07-24T06:00:00Z", 28, 124));
    const replaced = reduceLive(both, { type: "deltas-received", deltas: [{ seq: 13, kind: "forecast", forecast: resent }], at });
    expect(replaced.forecasts).toHaveLength(3);
    expect(replaced.forecasts[2]!.forecast.points[0]!.lat).toBe(28);
    const lekima = aStoredForecast(ids[2], aForecast("2021-07-25T00:00:00Z", 25, 126, { storm: { id: "1909", name: "利奇马 Lekima" } }));
    const other = reduceLive(replaced, { type: "deltas-received", deltas: [{ seq: 14, kind: "forecast", forecast: lekima }], at });
    expect(other.forecasts.map((f) => f.forecast.storm.id)).toEqual(["1909"]);
  });

  it("applies pushed gauge values newer than what it holds, and only those", () => {
    const pushed = reduceLive(loaded, {
      type: "sensors-received",
      values: [
        { id: "RG-0001", value: 42, measuredAt: "2021-07-24T00:05:00Z" },
        { id: "RG-9999", value: 7, measuredAt: "2021-07-24T00:05:00Z" },
      ],
      at,
    });
    expect(pushed.sensors.get("RG-0001")).toMatchObject({ value: 42, measuredAt: "2021-07-24T00:05:00Z" });
    expect(pushed.sensors.has("RG-9999")).toBe(false);
    const older = reduceLive(pushed, { type: "sensors-received", values: [{ id: "RG-0001", value: 3, measuredAt: "2021-07-24T00:01:00Z" }], at });
    expect(older.sensors).toBe(pushed.sensors);
  });

  it("keeps a pushed value newer than a snapshot loaded after it", () => {
    const pushed = reduceLive(loaded, { type: "sensors-received", values: [{ id: "RG-0001", value: 42, measuredAt: "2021-07-24T00:05:00Z" }], at });
    const reloaded = reduceLive(pushed, { type: "snapshot-loaded", snapshot: aSnapshot(20, { sensors: [gauge("RG-0001", 5, "2021-07-24T00:02:00Z")] }), at });
    expect(reloaded.sensors.get("RG-0001")?.value).toBe(42);
    const newer = reduceLive(pushed, { type: "snapshot-loaded", snapshot: aSnapshot(20, { sensors: [gauge("RG-0001", 9, "2021-07-24T00:09:00Z")] }), at });
    expect(newer.sensors.get("RG-0001")?.value).toBe(9);
  });
});

describe("reduceLive: the flood-risk map's top cells", () => {
  const loaded = reduceLive(initialLiveState, { type: "snapshot-loaded", snapshot: aSnapshot(10), at });
  const top = (computedAt: string, score: number): RiskTop => ({
    computedAt,
    horizons: [{ horizon: "1h", cells: [{ cell: "89309b94c27ffff", district: 310104, score, reasons: [{ kind: "rain", expectedMm: 62, drainageMm: 40, ratio: 1.55 }] }] }],
  });

  it("holds nothing until a risk delta, then the latest computation, never an earlier one arriving after it", () => {
    expect(loaded.risk).toBeNull();
    const first = reduceLive(loaded, { type: "deltas-received", deltas: [{ seq: 11, kind: "risk", risk: top("2026-01-01T10:00:30Z", 0.9) }], at });
    expect(first.risk?.horizons[0]!.cells[0]!.score).toBe(0.9);
    expect(first.lastSeq).toBe(11);
    const stale = reduceLive(first, { type: "deltas-received", deltas: [{ seq: 12, kind: "risk", risk: top("2026-01-01T10:00:00Z", 0.4) }], at });
    expect(stale.risk?.horizons[0]!.cells[0]!.score).toBe(0.9);
    const next = reduceLive(stale, { type: "deltas-received", deltas: [{ seq: 13, kind: "risk", risk: top("2026-01-01T10:01:00Z", 0.7) }], at });
    expect(next.risk?.horizons[0]!.cells[0]!.score).toBe(0.7);
  });
});
