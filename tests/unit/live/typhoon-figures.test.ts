import { describe, expect, it } from "vitest";
import type { GaugePoint } from "@/app/_map/gauge-layers";
import { typhoonFigures } from "@/app/_screen/typhoon-figures";
import type { ResourceSummary } from "@/lib/contracts";
import { aKpi, aResource } from "./live-fixtures";

const gauge = (id: string, kind: GaugePoint["kind"], value: number | null, alarmAbove: number | null = null): GaugePoint => ({ id, kind, lat: 31.2, lng: 121.4, alarmAbove, value });

describe("typhoonFigures", () => {
  const resources = new Map<string, ResourceSummary>(
    [
      aResource("r1", { kind: "shelter", state: "open", capacity: 200, occupancy: 50 }),
      aResource("r2", { kind: "shelter", state: "full", capacity: 100, occupancy: 100 }),
      aResource("r3", { kind: "pump", state: "on_scene" }),
      aResource("r4", { kind: "pump", state: "available" }),
      aResource("r5", { kind: "team", state: "en_route" }),
      aResource("r6", { kind: "vehicle", state: "returning" }),
      aResource("r7", { kind: "sandbags", state: "available" }),
    ].map((r) => [r.id, r]),
  );
  const kpi = { ...aKpi("2021-07-25T03:00:00Z"), openCases: 420, lastDay: [3, 5, 4, 90].map((reported, i) => ({ hourStart: `2021-07-25T0${i}:00:00Z`, reported, backlog: 0, medianSecondsToDispatch: null })) };

  it("sums rain, water over alarm, cases against an ordinary hour, shelters and what is out", () => {
    const figures = typhoonFigures({
      gauges: [gauge("RG-1", "rain_gauge", 10), gauge("RG-2", "rain_gauge", 30), gauge("RG-3", "rain_gauge", null), gauge("WL-1", "water_level", 16, 15), gauge("WL-2", "water_level", 4, 15)],
      kpi,
      resources,
      overdue: 12,
      replayedCasesLastHour: null,
    });
    expect(figures.rainNow).toBe(20);
    expect(figures.rainPeak).toEqual({ id: "RG-2", value: 30 });
    expect(figures.waterOverAlarm).toBe(1);
    expect(figures.casesLastHour).toBe(90);
    expect(figures.ordinaryHour).toBe(4);
    expect(figures.backlog).toBe(420);
    expect(figures.overdue).toBe(12);
    expect(figures.shelters).toEqual({ full: 1, open: 1, people: 150, capacity: 300 });
    expect(figures.deployed).toEqual({ pump: { out: 1, total: 2 }, team: { out: 1, total: 1 }, vehicle: { out: 0, total: 1 } });
  });

  it("takes a replay's cases of the hour, and says nothing of rain no gauge reported", () => {
    const figures = typhoonFigures({ gauges: [gauge("RG-1", "rain_gauge", null)], kpi: null, resources: new Map(), overdue: null, replayedCasesLastHour: 77 });
    expect(figures.casesLastHour).toBe(77);
    expect(figures.rainNow).toBeNull();
    expect(figures.rainPeak).toBeNull();
    expect(figures.ordinaryHour).toBeNull();
  });
});
