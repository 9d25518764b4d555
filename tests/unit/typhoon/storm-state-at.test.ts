import { describe, expect, it } from "vitest";
import type { Storm, TrackPoint } from "@/lib/domain/typhoon/best-track";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";

const HOUR = 3_600_000;
const T0 = Date.UTC(2021, 6, 25, 0);
const fix = (hours: number, lat: number, lon: number, pressureHpa: number, maxWindMs: number | null, grade = 5): TrackPoint => ({
  timeMs: T0 + hours * HOUR,
  lat,
  lon,
  pressureHpa,
  maxWindMs,
  grade,
});
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;

describe("stormStateAt", () => {
  const straightNorth: Storm = {
    name: "STRAIGHT",
    points: [fix(0, 20, 125, 980, null, 2), fix(6, 21, 125, 970, 30), fix(12, 22, 125, 960, 35), fix(18, 23, 125, 950, 40)],
  };

  it("returns each fix exactly at its time", () => {
    for (const point of straightNorth.points) {
      const state = stormStateAt(straightNorth, point.timeMs)!;
      expect(state.lat).toBeCloseTo(point.lat, 10);
      expect(state.lon).toBeCloseTo(point.lon, 10);
      expect(state.pressureHpa).toBe(point.pressureHpa);
      expect(state.maxWindMs).toBe(point.maxWindMs);
      expect(state.grade).toBe(point.grade);
    }
  });

  it("is half-way between two fixes half-way in time, with intensity interpolated linearly", () => {
    const state = stormStateAt(straightNorth, T0 + 9 * HOUR)!;
    expect(state.lat).toBeCloseTo(21.5, 10);
    expect(state.lon).toBeCloseTo(125, 10);
    expect(state.pressureHpa).toBeCloseTo(965, 10);
    expect(state.maxWindMs).toBeCloseTo(32.5, 10);
    expect(state.grade).toBe(5);
  });

  it("has no wind where one of the two fixes gives none", () => {
    expect(stormStateAt(straightNorth, T0 + 3 * HOUR)!.maxWindMs).toBeNull();
    expect(stormStateAt(straightNorth, T0 + 3 * HOUR)!.grade).toBe(2);
  });

  it("moves north at one degree per six hours", () => {
    const state = stormStateAt(straightNorth, T0 + 9 * HOUR)!;
    expect(state.forwardSpeedKmh).toBeCloseTo(KM_PER_DEGREE / 6, 6);
    expect(state.headingDeg).toBeCloseTo(0, 6);
  });

  it("does not exist before its first fix or after its last (null, not clamped)", () => {
    expect(stormStateAt(straightNorth, T0 - 1)).toBeNull();
    expect(stormStateAt(straightNorth, T0 + 18 * HOUR + 1)).toBeNull();
    expect(stormStateAt(straightNorth, T0 + 18 * HOUR)).not.toBeNull();
  });

  it("follows a curving track smoothly: the heading turns between fixes instead of jumping at them", () => {
    const recurving: Storm = { name: "CURVE", points: [fix(0, 25, 125, 960, 40), fix(6, 26, 124, 960, 40), fix(12, 27.5, 123.5, 960, 40), fix(18, 29, 123.8, 960, 40)] };
    const justBefore = stormStateAt(recurving, T0 + 6 * HOUR - 60_000)!;
    const justAfter = stormStateAt(recurving, T0 + 6 * HOUR + 60_000)!;
    expect(Math.abs(justAfter.headingDeg - justBefore.headingDeg)).toBeLessThan(0.5);
    expect(Math.abs(justAfter.forwardSpeedKmh - justBefore.forwardSpeedKmh)).toBeLessThan(0.5);
  });

  it("handles uneven steps: a path of constant velocity stays at constant velocity across 6-h and 3-h fixes", () => {
    const uneven: Storm = { name: "UNEVEN", points: [fix(0, 20, 130, 960, 40), fix(6, 21.2, 129.4, 960, 40), fix(9, 21.8, 129.1, 960, 40), fix(12, 22.4, 128.8, 960, 40)] };
    const speeds = [1, 5, 6, 7.5, 11].map((hours) => stormStateAt(uneven, T0 + hours * HOUR)!);
    for (const state of speeds) expect(state.lat).toBeCloseTo(20 + 0.2 * ((state.timeMs - T0) / HOUR), 9);
  });

  it("reproduces an accelerating (quadratic) path exactly between inner fixes, with uneven steps", () => {
    const latAt = (hours: number) => 20 + 0.01 * hours * hours;
    const accelerating: Storm = { name: "ACCELERATING", points: [0, 6, 9, 12, 18].map((hours) => fix(hours, latAt(hours), 125, 960, 40)) };
    for (const hours of [7, 7.5, 10.5, 11]) {
      const state = stormStateAt(accelerating, T0 + hours * HOUR)!;
      expect(state.lat).toBeCloseTo(latAt(hours), 9);
      expect(state.forwardSpeedKmh).toBeCloseTo(0.02 * hours * KM_PER_DEGREE, 6);
    }
  });

  it("crosses the antimeridian without a 360° jump", () => {
    const crossing: Storm = { name: "DATELINE", points: [fix(0, 30, 179.5, 980, 30), fix(6, 30, 180.5, 980, 30), fix(12, 30, 181.5, 980, 30)] };
    const middle = stormStateAt(crossing, T0 + 3 * HOUR)!;
    expect(middle.lon).toBeCloseTo(-180, 6);
    expect(middle.headingDeg).toBeCloseTo(90, 6);
    expect(middle.forwardSpeedKmh).toBeCloseTo((KM_PER_DEGREE * Math.cos(Math.PI / 6)) / 6, 3);
    const wrapped: Storm = { name: "WRAPPED", points: [fix(0, 30, 179.5, 980, 30), fix(6, 30, -179.5, 980, 30)] };
    expect(stormStateAt(wrapped, T0 + 3 * HOUR)!.lon).toBeCloseTo(-180, 6);
    expect(stormStateAt(wrapped, T0 + 3 * HOUR)!.headingDeg).toBeCloseTo(90, 6);
  });
});
