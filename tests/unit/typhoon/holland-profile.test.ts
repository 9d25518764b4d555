import { describe, expect, it } from "vitest";
import {
  coriolisPerS,
  cyclostrophicMaxWindMs,
  hollandBFromMaxWind,
  hollandGradientWindMs,
  hollandPressureHpa,
  type HollandVortex,
} from "@/lib/domain/typhoon/holland-profile";
import { vickeryWadheraRadiusOfMaxWindKm } from "@/lib/domain/typhoon/radius-of-max-wind";

const vortex = (overrides: Partial<HollandVortex>): HollandVortex => ({
  deltaPressurePa: 5000,
  radiusOfMaxWindKm: 40,
  hollandB: 1.5,
  coriolisPerS: 0,
  airDensityKgM3: 1.15,
  ...overrides,
});

const peakOf = (v: HollandVortex) => {
  let best = { distanceKm: 0, windMs: 0 };
  for (let distanceKm = 0.1; distanceKm <= 400; distanceKm += 0.1) {
    const windMs = hollandGradientWindMs(v, distanceKm);
    if (windMs > best.windMs) best = { distanceKm, windMs };
  }
  return best;
};

describe("Holland (1980) profile", () => {
  // Reference values of CLIMADA's Holland 1980 implementation, which its test suite checks against the
  // MATLAB reference implementation (CLIMADA-project/climada_python,
  // climada/hazard/test/test_trop_cyclone_windfields.py, test_stat_holland_1980).
  it.each([
    { rmax: 40.665454622610511, b: 1.486076257880692, dpHpa: 39.12, f: 3.54921922e-5, r: 299.4501244109841, withF: 11.28, without: 15.72 },
    { rmax: 40.665454622610511, b: 1.486076257880692, dpHpa: 39.12, f: 3.54921922e-5, r: 291.0737897183741, withF: 11.68, without: 16.04 },
    { rmax: 40.665454622610511, b: 1.486076257880692, dpHpa: 39.12, f: 3.54921922e-5, r: 40.665454622610511, withF: 42.41, without: 43.13 },
    { rmax: 75.547902916671745, b: 1.265551666104679, dpHpa: 4.73, f: 3.10598285e-5, r: 293.6067129546862, withF: 5.38, without: 8.84 },
    { rmax: 75.547902916671745, b: 1.265551666104679, dpHpa: 4.73, f: 3.10598285e-5, r: 70, withF: 12.76, without: 13.81 },
  ])("matches the reference at $r km of a $dpHpa hPa storm", ({ rmax, b, dpHpa, f, r, withF, without }) => {
    const base = { radiusOfMaxWindKm: rmax, hollandB: b, deltaPressurePa: dpHpa * 100 };
    // The reference's own tolerance: 0.01 m/s.
    expect(Math.abs(hollandGradientWindMs(vortex({ ...base, coriolisPerS: f }), r) - withF)).toBeLessThan(0.01);
    expect(Math.abs(hollandGradientWindMs(vortex({ ...base, coriolisPerS: 0 }), r) - without)).toBeLessThan(0.01);
  });

  it("peaks exactly at Rmax without Coriolis, at Vmax when B is derived from Vmax", () => {
    const maxGradientWindMs = 50;
    const b = hollandBFromMaxWind(maxGradientWindMs, 5000, 1.15);
    expect(b).toBeCloseTo((1.15 * Math.E * 2500) / 5000, 10);
    const peak = peakOf(vortex({ hollandB: b }));
    expect(peak.distanceKm).toBeCloseTo(40, 1);
    expect(peak.windMs).toBeCloseTo(maxGradientWindMs, 3);
    expect(cyclostrophicMaxWindMs(b, 5000, 1.15)).toBeCloseTo(maxGradientWindMs, 10);
  });

  it("peaks close to Rmax and below Vmax with the Coriolis force of 30° N, unless B allows for it", () => {
    const f = coriolisPerS(30);
    const cyclostrophicB = peakOf(vortex({ hollandB: hollandBFromMaxWind(50, 5000, 1.15), coriolisPerS: f }));
    expect(Math.abs(cyclostrophicB.distanceKm - 40)).toBeLessThan(2);
    expect(cyclostrophicB.windMs).toBeLessThan(49);
    const withCoriolis = vortex({ hollandB: hollandBFromMaxWind(50, 5000, 1.15, 40_000 * f), coriolisPerS: f });
    expect(hollandGradientWindMs(withCoriolis, 40)).toBeCloseTo(50, 10);
    expect(peakOf(withCoriolis).windMs).toBeCloseTo(50, 1);
  });

  it("decays steadily beyond Rmax and is calm at the centre", () => {
    const v = vortex({ coriolisPerS: coriolisPerS(25) });
    expect(hollandGradientWindMs(v, 0)).toBe(0);
    let previous = hollandGradientWindMs(v, 42);
    for (let distanceKm = 50; distanceKm <= 1000; distanceKm += 10) {
      const windMs = hollandGradientWindMs(v, distanceKm);
      expect(windMs).toBeLessThan(previous);
      previous = windMs;
    }
  });

  it("keeps B within Holland's 1–2.5 (CLIMADA's test values: 35 m/s over 15 hPa is clamped, 40 m/s over 30 hPa is 1.667)", () => {
    expect(hollandBFromMaxWind(35, 1500, 1.15)).toBe(2.5);
    expect(hollandBFromMaxWind(40, 3000, 1.15)).toBeCloseTo(1.667213, 5);
    expect(hollandBFromMaxWind(5, 3000, 1.15)).toBe(1);
  });

  it("has no wind without a pressure deficit", () => {
    expect(hollandGradientWindMs(vortex({ deltaPressurePa: 0 }), 40)).toBe(0);
  });

  it("rises from the central pressure to the ambient one, Δp/e above the centre at Rmax", () => {
    const v = vortex({});
    expect(hollandPressureHpa(960, v, 0)).toBe(960);
    expect(hollandPressureHpa(960, v, 40)).toBeCloseTo(960 + 50 / Math.E, 10);
    expect(hollandPressureHpa(960, v, 5000)).toBeCloseTo(1010, 0);
  });
});

describe("Vickery & Wadhera (2008) radius of maximum wind", () => {
  it("follows ln Rmax = 3.015 − 6.291e-5 Δp² + 0.0337 φ", () => {
    expect(vickeryWadheraRadiusOfMaxWindKm(89, 29)).toBeCloseTo(Math.exp(3.015 - 6.291e-5 * 89 * 89 + 0.0337 * 29), 10);
    expect(vickeryWadheraRadiusOfMaxWindKm(89, 29)).toBeCloseTo(32.9, 1);
    expect(vickeryWadheraRadiusOfMaxWindKm(40, -20)).toBe(vickeryWadheraRadiusOfMaxWindKm(40, 20));
  });

  it("is tighter for deeper storms and wider poleward", () => {
    expect(vickeryWadheraRadiusOfMaxWindKm(80, 25)).toBeLessThan(vickeryWadheraRadiusOfMaxWindKm(30, 25));
    expect(vickeryWadheraRadiusOfMaxWindKm(40, 35)).toBeGreaterThan(vickeryWadheraRadiusOfMaxWindKm(40, 20));
  });
});
