import { describe, expect, it } from "vitest";
import type { StormState } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField, surfaceWindAt, surfaceWindAtPoint, inflowAngleDeg } from "@/lib/domain/typhoon/storm-wind-field";
import { GALE_WIND_MS, STORM_WIND_MS, windRadiiKm } from "@/lib/domain/typhoon/wind-radii";

const state = (overrides: Partial<StormState>): StormState => ({
  timeMs: 0,
  lat: 30,
  lon: 122,
  pressureHpa: 960,
  maxWindMs: 38,
  grade: 5,
  forwardSpeedKmh: 0,
  headingDeg: 0,
  ...overrides,
});

const ringMax = (overrides: Partial<StormState>) => {
  const field = stormWindField(state(overrides));
  let max = 0;
  for (let bearingDeg = 0; bearingDeg < 360; bearingDeg += 1) {
    for (let share = 0.8; share <= 1.2; share += 0.01) {
      max = Math.max(max, surfaceWindAt(field, { distanceKm: share * field.vortex.radiusOfMaxWindKm, bearingDeg }).speedMs);
    }
  }
  return max;
};

describe("storm surface wind field", () => {
  it("reaches the track's maximum wind, for a standing and for a moving storm", () => {
    expect(ringMax({})).toBeCloseTo(38, 0);
    expect(ringMax({ forwardSpeedKmh: 30, headingDeg: 315 })).toBeCloseTo(38, 0);
  });

  it("is symmetric around a standing storm, blowing counter-clockwise and inward north of the equator", () => {
    const field = stormWindField(state({}));
    const at = (bearingDeg: number) => surfaceWindAt(field, { distanceKm: 100, bearingDeg });
    expect(at(0).speedMs).toBeCloseTo(at(90).speedMs, 10);
    expect(at(90).speedMs).toBeCloseTo(at(225).speedMs, 10);
    // East of the centre the wind blows towards the north, turned 25° towards the centre: it comes from 155°.
    expect(at(90).fromDeg).toBeCloseTo(180 - 25, 6);
    expect(at(0).fromDeg).toBeCloseTo(90 - 25, 6);
  });

  it("turns clockwise south of the equator", () => {
    const field = stormWindField(state({ lat: -20 }));
    expect(surfaceWindAt(field, { distanceKm: 100, bearingDeg: 90 }).fromDeg).toBeCloseTo(25, 6);
  });

  it("is stronger on the right of the motion in the northern hemisphere", () => {
    const field = stormWindField(state({ forwardSpeedKmh: 30, headingDeg: 0 }));
    const rmax = field.vortex.radiusOfMaxWindKm;
    const right = surfaceWindAt(field, { distanceKm: rmax, bearingDeg: 90 }).speedMs;
    const left = surfaceWindAt(field, { distanceKm: rmax, bearingDeg: 270 }).speedMs;
    expect(right - left).toBeGreaterThan(0.55 * (30 / 3.6) * 1.5);
    const westward = stormWindField(state({ forwardSpeedKmh: 30, headingDeg: 270 }));
    expect(surfaceWindAt(westward, { distanceKm: rmax, bearingDeg: 0 }).speedMs).toBeGreaterThan(
      surfaceWindAt(westward, { distanceKm: rmax, bearingDeg: 180 }).speedMs,
    );
  });

  it("weakens away from the eyewall, and the motion's share fades with it", () => {
    const field = stormWindField(state({ forwardSpeedKmh: 30 }));
    const rmax = field.vortex.radiusOfMaxWindKm;
    const speeds = [1, 2, 4, 8, 16].map((times) => surfaceWindAt(field, { distanceKm: times * rmax, bearingDeg: 90 }).speedMs);
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]!).toBeLessThan(speeds[i - 1]!);
    expect(surfaceWindAt(field, { distanceKm: 3000, bearingDeg: 90 }).speedMs).toBeLessThan(1);
  });

  it("gives a depression without a reported wind a flat profile below gale force", () => {
    const field = stormWindField(state({ pressureHpa: 1002, maxWindMs: null, forwardSpeedKmh: 15 }));
    expect(field.vortex.hollandB).toBe(1);
    expect(field.maxSurfaceWindMs).toBeLessThan(GALE_WIND_MS);
    expect(field.maxSurfaceWindMs).toBeGreaterThan(8);
  });

  it("is calm once the pressure deficit is gone", () => {
    const field = stormWindField(state({ pressureHpa: 1012, maxWindMs: null, forwardSpeedKmh: 20 }));
    expect(surfaceWindAt(field, { distanceKm: 30, bearingDeg: 90 }).speedMs).toBe(0);
  });

  it("takes points on the map: Shanghai due north of a centre on its meridian sees the wind come from the east-northeast", () => {
    const field = stormWindField(state({ lat: 30, lon: 121.47 }));
    const wind = surfaceWindAtPoint(field, { lat: 31.23, lon: 121.47 });
    expect(wind.fromDeg).toBeCloseTo(90 - 25, 3);
  });

  it("turns the inflow from 10° inside the eyewall to 25° outside it", () => {
    expect(inflowAngleDeg(20, 40)).toBe(10);
    expect(inflowAngleDeg(44, 40)).toBeCloseTo(17.5, 10);
    expect(inflowAngleDeg(100, 40)).toBe(25);
  });
});

describe("wind radii", () => {
  it("are equal in all quadrants of a standing storm, at the distance where the wind falls to the threshold", () => {
    const field = stormWindField(state({}));
    const radii = windRadiiKm(field, GALE_WIND_MS);
    expect(radii.northEast).toBeGreaterThan(field.vortex.radiusOfMaxWindKm);
    for (const radius of [radii.southEast, radii.southWest, radii.northWest]) expect(radius).toBeCloseTo(radii.northEast, 0);
    expect(surfaceWindAt(field, { distanceKm: radii.northEast, bearingDeg: 45 }).speedMs).toBeCloseTo(GALE_WIND_MS, 1);
    expect(surfaceWindAt(field, { distanceKm: radii.northEast + 1, bearingDeg: 45 }).speedMs).toBeLessThan(GALE_WIND_MS);
  });

  it("reach farther on the right of a northward storm, and storm-force winds stay inside gale-force ones", () => {
    const field = stormWindField(state({ forwardSpeedKmh: 35, headingDeg: 0 }));
    const gale = windRadiiKm(field, GALE_WIND_MS);
    const storm = windRadiiKm(field, STORM_WIND_MS);
    expect(gale.southEast).toBeGreaterThan(gale.southWest);
    expect(gale.northEast).toBeGreaterThan(gale.northWest);
    expect(storm.northEast).toBeGreaterThan(0);
    expect(storm.northEast).toBeLessThan(gale.northEast);
  });

  it("are 0 where the wind never reaches the threshold", () => {
    const weak = stormWindField(state({ pressureHpa: 995, maxWindMs: 20 }));
    expect(windRadiiKm(weak, STORM_WIND_MS)).toEqual({ northEast: 0, southEast: 0, southWest: 0, northWest: 0 });
  });
});
