import { describe, expect, it } from "vitest";
import { eventReportSchema } from "@/lib/contracts/event-report";
import type { Sensor } from "@/lib/contracts/sensor";
import { isCrossing, isOverThreshold, sensorAlarmKey, sensorAlarmReport } from "@/lib/domain/sensors/sensor-alarm";

const gauge: Sensor = {
  id: "WL-0007",
  kind: "water_level",
  lat: 31.2,
  lng: 121.45,
  district: 310104,
  gridCell: "89309b94c27ffff",
  unit: "cm",
  alarm: { above: 15, category: "road_waterlogging" },
};
const meter: Sensor = { ...gauge, id: "WM-0001", kind: "water_meter", unit: "m³", alarm: null };

describe("sensor alarms", () => {
  it("alarms strictly above the threshold, and never without one", () => {
    expect(isOverThreshold(gauge, 15)).toBe(false);
    expect(isOverThreshold(gauge, 15.1)).toBe(true);
    expect(isOverThreshold(meter, 1e9)).toBe(false);
  });

  it("alarms on the crossing only, not on every reading of a long flood", () => {
    expect(isCrossing(gauge, 20, null)).toBe(true);
    expect(isCrossing(gauge, 20, 15)).toBe(true);
    expect(isCrossing(gauge, 20, 18)).toBe(false);
    expect(isCrossing(gauge, 10, 5)).toBe(false);
  });

  it("keys an alarm by sensor and instant, whatever the offset it was written in", () => {
    const a = sensorAlarmKey("WL-0007", new Date("2026-07-25T10:00:00+08:00"));
    expect(a).toBe(sensorAlarmKey("WL-0007", new Date("2026-07-25T02:00:00.000Z")));
    expect(a).not.toBe(sensorAlarmKey("WL-0007", new Date("2026-07-25T02:00:01Z")));
    expect(a).not.toBe(sensorAlarmKey("WL-0008", new Date("2026-07-25T02:00:00Z")));
  });

  it("makes a valid sensor event at the sensor's place, in its alarm category", () => {
    const measuredAt = new Date("2026-07-25T02:00:00Z");
    const report = sensorAlarmReport({ sensor: gauge, measuredAt, value: 23.456 });
    expect(eventReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      id: sensorAlarmKey("WL-0007", measuredAt),
      channel: "sensor",
      category: "road_waterlogging",
      location: { lat: 31.2, lng: 121.45 },
      occurredAt: "2026-07-25T02:00:00.000Z",
    });
    expect(report.description).toBe("积水监测点 WL-0007 读数 23.46 cm，超过报警值 15 cm");
    expect(() => sensorAlarmReport({ sensor: meter, measuredAt, value: 1 })).toThrow(/no alarm/);
  });
});
