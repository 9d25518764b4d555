import { describe, expect, it } from "vitest";
import { backwaterLoss, cellRisk, expectedRainMm, type CellRiskInputs } from "@/lib/domain/risk/cell-risk";

const dry: CellRiskInputs = {
  cell: "8930994a44bffff",
  horizonHours: 3,
  rainLastHourMm: 0,
  rainLastThreeHoursMm: 0,
  forecastRainMm: 0,
  drainageMmH: 36,
  lowness: 0,
  waterLevel: null,
  pastWaterloggingReports: 0,
  openWaterloggingReports: 0,
  vulnerableHouseholds: 0,
};

describe("cell risk", () => {
  it("is low where the rain expected stays within what the drains carry", () => {
    const risk = cellRisk({ ...dry, forecastRainMm: 60 });
    expect(risk.excessMm).toBe(0);
    expect(risk.score).toBeLessThan(0.05);
    expect(risk.reasons[0]).toMatchObject({ kind: "rain", drainageMm: 108 });
  });

  it("rises with rain beyond the drains, and more on low ground", () => {
    const flat = cellRisk({ ...dry, forecastRainMm: 200 });
    const hollow = cellRisk({ ...dry, forecastRainMm: 200, lowness: 1 });
    expect(flat.excessMm).toBeGreaterThan(0);
    expect(hollow.excessMm).toBeCloseTo(flat.excessMm * 3, 0);
    expect(hollow.score).toBeGreaterThan(flat.score);
    expect(flat.score).toBeGreaterThan(cellRisk({ ...dry, forecastRainMm: 120 }).score);
  });

  it("trusts the last hour's rain for the next hour and the forecast for the hours after", () => {
    expect(expectedRainMm({ horizonHours: 1, rainLastHourMm: 50, forecastRainMm: 0 })).toBeGreaterThan(25);
    expect(expectedRainMm({ horizonHours: 6, rainLastHourMm: 50, forecastRainMm: 0 })).toBeLessThan(20);
    expect(expectedRainMm({ horizonHours: 6, rainLastHourMm: 0, forecastRainMm: 100 })).toBeGreaterThan(90);
  });

  it("counts undrained water from the last hours", () => {
    const risk = cellRisk({ ...dry, horizonHours: 1, rainLastThreeHoursMm: 180, rainLastHourMm: 40 });
    expect(risk.reasons).toContainEqual({ kind: "undrained", mm: 72 });
    // 72 mm left + 40 mm × e^(−½) expected in the hour − 36 mm drained in it.
    expect(risk.excessMm).toBeCloseTo(72 + 40 * Math.exp(-0.5) - 36, 0);
  });

  it("takes capacity from the drains when the river stands near its alarm level", () => {
    expect(backwaterLoss(null, 3)).toBe(0);
    expect(backwaterLoss({ gaugeId: "w", aboveAlarmM: -2, riseCmPerHour: 0 }, 3)).toBe(0);
    expect(backwaterLoss({ gaugeId: "w", aboveAlarmM: 0.1, riseCmPerHour: 0 }, 3)).toBe(0.5);
    const rising = backwaterLoss({ gaugeId: "w", aboveAlarmM: -0.4, riseCmPerHour: 10 }, 3);
    expect(rising).toBeGreaterThan(backwaterLoss({ gaugeId: "w", aboveAlarmM: -0.4, riseCmPerHour: 0 }, 3));
  });

  it("weighs reports of waterlogging, past and present, and names the households without scoring them", () => {
    const base = cellRisk({ ...dry, forecastRainMm: 150 });
    const known = cellRisk({ ...dry, forecastRainMm: 150, pastWaterloggingReports: 2 });
    const reported = cellRisk({ ...dry, forecastRainMm: 150, openWaterloggingReports: 1 });
    const lived = cellRisk({ ...dry, forecastRainMm: 150, vulnerableHouseholds: 14 });
    expect(known.score).toBeGreaterThan(base.score);
    expect(reported.score).toBeGreaterThan(base.score);
    expect(lived.score).toBe(base.score);
    expect(lived.reasons).toContainEqual({ kind: "vulnerable_households", count: 14 });
    expect(known.reasons).toContainEqual({ kind: "past_reports", count: 2 });
  });
});
