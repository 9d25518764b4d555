import { describe, expect, it } from "vitest";
import { metersBetween } from "@/scripts/simulator/model/local-meters";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { hasArrived, startWalk, stepWalk, walkerPositions, type Walker } from "@/scripts/simulator/model/worker-walk";

const homes = [
  { id: "W0001", lat: 31.2304, lng: 121.4737 },
  { id: "W0002", lat: 31.3, lng: 121.52 },
  { id: "W0003", lat: 31.18, lng: 121.43 },
];
const options = { stepMeters: 4, radiusMeters: 400, homewardStepMeters: 50 };

function walk(seed: string, ticks: number): Walker[][] {
  const random = createSeededRandom(seed);
  const history = [startWalk(homes, random)];
  for (let i = 0; i < ticks; i++) history.push(stepWalk(history.at(-1) ?? [], random, options));
  return history;
}

describe("worker walk", () => {
  const history = walk("walk", 5000);

  it("moves a few metres per tick", () => {
    for (const [tick, walkers] of history.slice(1).entries()) {
      for (const [i, walker] of walkers.entries()) {
        const previous = history[tick]?.[i];
        expect(metersBetween(previous!.position, walker.position)).toBeLessThanOrEqual(options.stepMeters * 1.5 + 1e-9);
      }
    }
  });

  it("never strays beyond the radius from home, yet really wanders", () => {
    const distances = history.flatMap((walkers) => walkers.map((w) => metersBetween(w.home, w.position)));
    expect(Math.max(...distances)).toBeLessThanOrEqual(options.radiusMeters);
    expect(Math.max(...distances)).toBeGreaterThan(options.radiusMeters / 2);
  });

  it("is deterministic for a seed", () => {
    expect(walk("again", 100)).toEqual(walk("again", 100));
  });

  it("reports compact position tuples", () => {
    const positions = walkerPositions(history.at(-1) ?? []);
    expect(positions.map(([id]) => id)).toEqual(["W0001", "W0002", "W0003"]);
    for (const [, lat, lng] of positions) expect(metersBetween({ lat, lng }, homes[0]!)).toBeLessThan(20_000);
  });

  it("rides straight to a trip's end at the trip's pace, and stays there", () => {
    const random = createSeededRandom("trip");
    const [start] = startWalk(homes, random);
    const to = { lat: start!.home.lat + 0.01, lng: start!.home.lng }; // about 1,113 m north
    let walkers: Walker[] = [{ ...start!, trip: { to, metersPerTick: 100 } }];
    const remaining: number[] = [];
    for (let tick = 0; tick < 14; tick++) {
      walkers = stepWalk(walkers, random, options);
      remaining.push(metersBetween(walkers[0]!.position, to));
    }
    expect(remaining[0]).toBeCloseTo(1013, -1);
    expect(remaining.slice(0, 11).every((m, i) => i === 0 || m < remaining[i - 1]!)).toBe(true);
    expect(remaining.slice(11)).toEqual([0, 0, 0]);
    expect(hasArrived(walkers[0]!)).toBe(true);
  });

  it("heads home from beyond its patrol area at the homeward pace, then patrols again", () => {
    const random = createSeededRandom("home");
    const [start] = startWalk(homes, random);
    let walkers: Walker[] = [{ ...start!, position: { lat: start!.home.lat + 0.01, lng: start!.home.lng } }];
    const before = metersBetween(walkers[0]!.position, start!.home);
    walkers = stepWalk(walkers, random, options);
    expect(before - metersBetween(walkers[0]!.position, start!.home)).toBeCloseTo(options.homewardStepMeters, 3);
    for (let tick = 0; tick < 100; tick++) walkers = stepWalk(walkers, random, options);
    expect(metersBetween(walkers[0]!.position, start!.home)).toBeLessThanOrEqual(options.radiusMeters);
    expect(hasArrived(walkers[0]!)).toBe(false);
  });
});
