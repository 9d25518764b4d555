import { describe, expect, it } from "vitest";
import type { Forecast } from "@/lib/contracts/forecast";
import { forecastCentreAt, forecastRainMm } from "@/lib/domain/risk/forecast-track-rain";
import { inverseDistanceWeights } from "@/lib/domain/risk/gauge-field";
import { rcliperRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";

const issuedAt = "2021-07-25T00:00:00Z";
const forecast: Forecast = {
  source: "test",
  storm: { id: "2106", name: "IN-FA" },
  issuedAt,
  points: [
    { leadHours: 0, validAt: issuedAt, lat: 30, lon: 122, pressureHpa: 965, maxWindMs: 35 },
    { leadHours: 6, validAt: "2021-07-25T06:00:00Z", lat: 30.6, lon: 121.4, pressureHpa: 970, maxWindMs: 29 },
  ],
  cone: [],
};

describe("rain a forecast brings", () => {
  it("moves the centre along the track between points and knows nothing past its end", () => {
    const mid = forecastCentreAt(forecast, Date.parse("2021-07-25T03:00:00Z"));
    expect(mid?.centre.lat).toBeCloseTo(30.3, 6);
    expect(mid?.centre.lon).toBeCloseTo(121.7, 6);
    expect(mid?.maxSurfaceWindMs).toBeCloseTo(32, 6);
    expect(forecastCentreAt(forecast, Date.parse("2021-07-25T07:00:00Z"))).toBeNull();
  });

  it("integrates R-CLIPER's rate over the window", () => {
    const place = { lat: 30, lon: 122 };
    const oneStep = forecastRainMm(forecast, place, Date.parse(issuedAt), Date.parse(issuedAt) + 15 * 60_000);
    const centre = forecastCentreAt(forecast, Date.parse(issuedAt) + 7.5 * 60_000);
    expect(centre).not.toBeNull();
    expect(oneStep).toBeGreaterThan(0);
    expect(forecastRainMm(forecast, place, Date.parse(issuedAt), Date.parse(issuedAt) + 6 * 3_600_000, 2)).toBeCloseTo(
      2 * forecastRainMm(forecast, place, Date.parse(issuedAt), Date.parse(issuedAt) + 6 * 3_600_000),
      9,
    );
    expect(rcliperRainRateMmH(60, 0)).toBeGreaterThan(0);
    expect(forecastRainMm(forecast, place, Date.parse("2021-07-26T00:00:00Z"), Date.parse("2021-07-26T03:00:00Z"))).toBe(0);
  });
});

describe("gauge field", () => {
  const gauges = [
    { lat: 31.2, lon: 121.4, value: 10 },
    { lat: 31.2, lon: 121.5, value: 30 },
  ];
  const valueAt = (place: { lat: number; lon: number }) => {
    const weights = inverseDistanceWeights(gauges, place, 20);
    return weights.length === 0 ? null : weights.reduce((sum, w) => sum + w.weight * gauges[w.index]!.value, 0);
  };

  it("takes a gauge's value on the gauge and weighs nearer gauges more", () => {
    expect(valueAt({ lat: 31.2, lon: 121.4 })).toBe(10);
    const nearFirst = valueAt({ lat: 31.2, lon: 121.42 });
    expect(nearFirst).toBeGreaterThan(10);
    expect(nearFirst).toBeLessThan(20);
    expect(valueAt({ lat: 31.2, lon: 121.45 })).toBeCloseTo(20, 6);
  });

  it("has no value where no gauge reaches", () => {
    expect(valueAt({ lat: 32.5, lon: 121.4 })).toBeNull();
  });
});
