import { describe, expect, it } from "vitest";
import type { Forecast } from "@/lib/contracts/forecast";
import { createCityObservations } from "@/lib/domain/risk/city-observations";
import { forecastRainMm } from "@/lib/domain/risk/forecast-track-rain";
import { createRiskMap, type RiskCell } from "@/lib/domain/risk/risk-map";
import { stormRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";

const HOUR_MS = 3_600_000;
const issuedAt = "2021-07-25T00:00:00Z";
const ISSUED_MS = Date.parse(issuedAt);
/** A storm standing still 60 km south of the city for a day. */
const forecast: Forecast = {
  source: "test",
  storm: { id: "2106", name: "IN-FA" },
  issuedAt,
  points: [
    { leadHours: 0, validAt: issuedAt, lat: 30.66, lon: 121.4, pressureHpa: 965, maxWindMs: 35 },
    { leadHours: 24, validAt: "2021-07-26T00:00:00Z", lat: 30.66, lon: 121.4, pressureHpa: 965, maxWindMs: 35 },
  ],
  cone: [],
};
const cell: RiskCell = { cell: "c", lat: 31.2, lng: 121.4, drainageMmH: 36, lowness: 0, pastWaterloggingReports: 0, vulnerableHouseholds: 0 };
const gauge = { id: "RG-1", lat: 31.2, lng: 121.4 };

describe("risk map inputs", () => {
  it("corrects the forecast's rain by how far the gauges outran it over the last hours", () => {
    const rate = stormRainRateMmH({ centre: { lat: 30.66, lon: 121.4 }, maxSurfaceWindMs: 35 }, { lat: 31.2, lon: 121.4 });
    expect(rate).toBeGreaterThan(1);
    const observations = createCityObservations();
    observations.addForecast(forecast);
    for (let minutes = 10; minutes <= 180; minutes += 10) observations.addReading(gauge.id, ISSUED_MS + minutes * 60_000, 2.5 * rate);
    const atMs = ISSUED_MS + 3 * HOUR_MS;

    const [inputs] = createRiskMap([cell], [gauge], []).inputsAt(observations, atMs, [3]);
    const promised = forecastRainMm(forecast, { lat: 31.2, lon: 121.4 }, atMs, atMs + 3 * HOUR_MS);
    const corrected = inputs![0]!.forecastHourlyRainMm.reduce((a, b) => a + b, 0);
    expect(corrected).toBeCloseTo(2.5 * promised, 1);
    expect(inputs![0]!.pastHourlyRainMm.slice(-3).every((mm) => Math.abs(mm - 2.5 * rate) < 1e-9)).toBe(true);
  });

  it("counts the reports of the last three hours in their cell and reads the cell's own water gauge", () => {
    const observations = createCityObservations();
    observations.addWaterReport("c", ISSUED_MS - 4 * HOUR_MS);
    observations.addWaterReport("c", ISSUED_MS - HOUR_MS);
    observations.addReading("WL-1", ISSUED_MS - HOUR_MS, 4);
    observations.addReading("WL-1", ISSUED_MS, 10);
    const map = createRiskMap([cell], [gauge], [{ id: "WL-1", lat: 31.2005, lng: 121.4, gridCell: "c", alarmCm: 15 }]);
    const [inputs] = map.inputsAt(observations, ISSUED_MS, [1]);
    expect(inputs![0]!.openWaterloggingReports).toBe(1);
    expect(inputs![0]!.waterLevel).toEqual({ gaugeId: "WL-1", levelCm: 10, alarmCm: 15, riseCmPerHour: 6, inCell: true });
  });
});
