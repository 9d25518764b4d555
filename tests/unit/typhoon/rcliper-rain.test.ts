import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBestTracks } from "@/lib/domain/typhoon/best-track";
import { rcliperProfile, rcliperRainRateMmH, stormRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField } from "@/lib/domain/typhoon/storm-wind-field";

const MM_H_PER_IN_DAY = 25.4 / 24;

describe("R-CLIPER rain rate", () => {
  // Parameters worked by hand from the bias-adjusted NHC coefficients of Tuleya, DeMaria & Kuligowski
  // (2007), Table 2: a 35-kt storm has U = 1, a 100-kt one U = 1 + 65/33.
  it.each([
    { kt: 35, t0: 2.86, tm: 3.2, rm: 51.5, re: 134 },
    { kt: 100, t0: -1.1 + 3.96 * (1 + 65 / 33), tm: -1.6 + 4.8 * (1 + 65 / 33), rm: 64.5 - 13 * (1 + 65 / 33), re: 150 - 16 * (1 + 65 / 33) },
  ])("has the published profile for a $kt-kt storm", ({ kt, t0, tm, rm, re }) => {
    const profile = rcliperProfile(kt);
    expect(profile.centreMmH).toBeCloseTo(t0 * MM_H_PER_IN_DAY, 10);
    expect(profile.peakMmH).toBeCloseTo(tm * MM_H_PER_IN_DAY, 10);
    expect(profile.peakRadiusKm).toBeCloseTo(rm, 10);
    expect(profile.decayRadiusKm).toBeCloseTo(re, 10);
  });

  it("is T0 at the centre, peaks at rm, and decays e-fold every re beyond", () => {
    const { centreMmH, peakMmH, peakRadiusKm, decayRadiusKm } = rcliperProfile(65);
    expect(rcliperRainRateMmH(65, 0)).toBeCloseTo(centreMmH, 10);
    expect(rcliperRainRateMmH(65, peakRadiusKm)).toBeCloseTo(peakMmH, 10);
    expect(rcliperRainRateMmH(65, peakRadiusKm - 5)).toBeLessThan(peakMmH);
    expect(rcliperRainRateMmH(65, peakRadiusKm + 5)).toBeLessThan(peakMmH);
    expect(rcliperRainRateMmH(65, peakRadiusKm + decayRadiusKm)).toBeCloseTo(peakMmH / Math.E, 10);
    expect(rcliperRainRateMmH(65, 1000)).toBeLessThan(0.05);
  });

  it("rains harder for stronger storms, and a typhoon's peak is some 13 mm/h", () => {
    expect(rcliperProfile(100).peakMmH).toBeGreaterThan(rcliperProfile(50).peakMmH);
    expect(rcliperProfile(100).peakMmH).toBeCloseTo(13.4, 1);
  });

  it("is scaled by the enhancement factor and never negative", () => {
    expect(rcliperRainRateMmH(65, 80, 2.5)).toBeCloseTo(2.5 * rcliperRainRateMmH(65, 80), 10);
    expect(rcliperRainRateMmH(5, 0)).toBe(0);
  });

  it("converts a JMA 10-minute wind to the 1-minute wind R-CLIPER was fitted to", () => {
    const centre = { lat: 30, lon: 122 };
    const tenMinute35Kt = 35 * 0.514444;
    expect(stormRainRateMmH({ centre, maxSurfaceWindMs: tenMinute35Kt }, centre)).toBeCloseTo(rcliperRainRateMmH(35 / 0.93, 0), 3);
  });
});

describe("R-CLIPER over In-Fa (2021)", () => {
  it("adds up to about 200 mm in central Shanghai over the storm's life: the low end of what fell (docs/typhoon-models.md)", () => {
    const text = readFileSync(new URL("../../../datasets/typhoon/best-tracks.csv", import.meta.url), "utf8");
    const inFa = parseBestTracks(text).find((storm) => storm.name === "IN-FA 2106")!;
    const peoplesSquare = { lat: 31.2304, lon: 121.4737 };
    const stepMs = 10 * 60_000;
    let totalMm = 0;
    for (let timeMs = inFa.points[0]!.timeMs; timeMs <= inFa.points.at(-1)!.timeMs; timeMs += stepMs) {
      totalMm += (stormRainRateMmH(stormWindField(stormStateAt(inFa, timeMs)!), peoplesSquare) * stepMs) / 3_600_000;
    }
    expect(totalMm).toBeGreaterThan(180);
    expect(totalMm).toBeLessThan(230);
  });
});
