import { describe, expect, it } from "vitest";
import { cellRisk, expectedHourlyRainMm, surchargeLoss, type CellRiskInputs, type WaterLevelSignal } from "@/lib/domain/risk/cell-risk";

const dry: CellRiskInputs = {
  cell: "8930994a44bffff",
  horizonHours: 3,
  pastHourlyRainMm: [0, 0, 0],
  forecastHourlyRainMm: [0, 0, 0],
  drainageMmH: 36,
  lowness: 0,
  waterLevel: null,
  pastWaterloggingReports: 0,
  openWaterloggingReports: 0,
  vulnerableHouseholds: 0,
};
const gauge = (levelCm: number, riseCmPerHour = 0, inCell = false): WaterLevelSignal => ({ gaugeId: "WL-0001", levelCm, alarmCm: 15, riseCmPerHour, inCell });

describe("cell risk", () => {
  it("is low where the rain expected stays within what the drains carry, and says so in numbers", () => {
    const risk = cellRisk({ ...dry, forecastHourlyRainMm: [20, 20, 20] });
    expect(risk.peakWaterMm).toBeLessThan(0);
    expect(risk.score).toBeLessThan(0.05);
    expect(risk.reasons[0]).toMatchObject({ kind: "rain", drainageMm: 108 });
  });

  it("runs a water balance hour by hour: 80 mm of rain an hour overflows drains of 36 mm/h by 28 mm each hour", () => {
    const risk = cellRisk({ ...dry, forecastHourlyRainMm: [80, 80, 80], pastHourlyRainMm: [0, 0, 80] });
    const standing = 80 * 0.8 - 36;
    expect(risk.reasons).toContainEqual({ kind: "standing", mm: standing });
    expect(risk.peakWaterMm).toBeCloseTo(standing + 3 * (80 * 0.8 - 36), 1);
    expect(risk.score).toBeGreaterThan(0.5);
  });

  it("ranks dry cells by how near they come to overflowing, and gathers more water on low ground", () => {
    const light = cellRisk({ ...dry, forecastHourlyRainMm: [10, 10, 10] });
    const heavier = cellRisk({ ...dry, forecastHourlyRainMm: [30, 30, 30] });
    const hollow = cellRisk({ ...dry, forecastHourlyRainMm: [30, 30, 30], lowness: 1 });
    expect(heavier.score).toBeGreaterThan(light.score);
    expect(hollow.peakWaterMm).toBeGreaterThan(0);
    expect(hollow.score).toBeGreaterThan(heavier.score);
    expect(hollow.reasons).toContainEqual({ kind: "low_ground", lowness: 1 });
  });

  it("trusts the last hour's rain for the next hour and the forecast for the hours after", () => {
    const persisting = expectedHourlyRainMm({ horizonHours: 6, pastHourlyRainMm: [50], forecastHourlyRainMm: [0, 0, 0, 0, 0, 0] });
    expect(persisting[0]).toBeGreaterThan(35);
    expect(persisting[5]).toBeLessThan(5);
    const forecast = expectedHourlyRainMm({ horizonHours: 6, pastHourlyRainMm: [0], forecastHourlyRainMm: [20, 20, 20, 20, 20, 20] });
    expect(forecast[0]).toBeLessThan(10);
    expect(forecast[5]).toBeGreaterThan(18);
  });

  it("takes the depth its own gauge reads as the water standing now", () => {
    const measured = cellRisk({ ...dry, waterLevel: gauge(12, 0, true) });
    expect(measured.reasons).toContainEqual({ kind: "standing", mm: 120 });
    expect(measured.score).toBeGreaterThan(0.8);
    expect(measured.reasons).toContainEqual({ kind: "water_level", gaugeId: "WL-0001", levelCm: 12, riseCmPerHour: 0 });
  });

  it("takes capacity from the drains when the street gauge nearby nears its alarm, sooner when it rises", () => {
    expect(surchargeLoss(null, 3)).toBe(0);
    expect(surchargeLoss(gauge(0), 3)).toBe(0);
    expect(surchargeLoss(gauge(20), 3)).toBe(0.5);
    expect(surchargeLoss(gauge(3, 2), 3)).toBeGreaterThan(surchargeLoss(gauge(3), 3));
    const rain = { ...dry, forecastHourlyRainMm: [50, 50, 50] };
    expect(cellRisk({ ...rain, waterLevel: gauge(14) }).score).toBeGreaterThan(cellRisk(rain).score);
  });

  it("weighs reports of waterlogging, past and present, and names the households without scoring them", () => {
    const rain = { ...dry, forecastHourlyRainMm: [50, 50, 50] };
    const base = cellRisk(rain);
    const known = cellRisk({ ...rain, pastWaterloggingReports: 2 });
    const reported = cellRisk({ ...rain, openWaterloggingReports: 1 });
    const lived = cellRisk({ ...rain, vulnerableHouseholds: 14 });
    expect(known.score).toBeGreaterThan(base.score);
    expect(reported.score).toBeGreaterThan(base.score);
    expect(lived.score).toBe(base.score);
    expect(lived.reasons).toContainEqual({ kind: "vulnerable_households", count: 14 });
    expect(known.reasons).toContainEqual({ kind: "past_reports", count: 2 });
    expect(reported.reasons).toContainEqual({ kind: "reported_now", count: 1 });
  });
});
