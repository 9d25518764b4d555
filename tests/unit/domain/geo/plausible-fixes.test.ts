import { describe, expect, it } from "vitest";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { GPS_SLACK_METERS, maxMetersPerMs, plausibleFixes, type Fix } from "@/lib/domain/geo/plausible-fixes";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";

const start = { lat: 31.2304, lng: 121.4737 };
const realTime = maxMetersPerMs(60_000);
const minute = 60_000;
const last = new Map<string, Fix>([["W0001", { ...start, atMs: 0 }]]);
const north = (meters: number, id = "W0001"): WorkerPosition => {
  const { lat, lng } = offsetMeters(start, 0, meters);
  return [id, lat, lng];
};

describe("plausibleFixes", () => {
  it("allows 200 km/h in real time, and the same speed in the clock of a time-lapse", () => {
    expect(realTime * 3_600_000).toBeCloseTo(200_000);
    expect(maxMetersPerMs(5_000)).toBeCloseTo(realTime * 12);
  });

  it("believes an honest walk, a fast ride, and the GPS wandering between two instant fixes", () => {
    expect(plausibleFixes([north(80)], last, minute, realTime).tooFast).toEqual([]);
    expect(plausibleFixes([north(3_000)], last, minute, realTime).tooFast).toEqual([]);
    expect(plausibleFixes([north(GPS_SLACK_METERS - 5)], last, 0, realTime).tooFast).toEqual([]);
  });

  it("drops a jump no vehicle could make since the last fix, naming its index, and keeps the rest", () => {
    const result = plausibleFixes([north(50, "W0002"), north(1_000_000), north(60_000)], last, minute, realTime);
    expect(result.tooFast).toEqual([1, 2]);
    expect(result.accepted).toEqual([north(50, "W0002")]);
  });

  it("takes a worker's first fix anywhere, and checks a second one in the batch against it", () => {
    const result = plausibleFixes([north(40_000, "W0009"), north(40_050, "W0009"), north(0, "W0009")], new Map(), minute, realTime);
    expect(result.tooFast).toEqual([2]);
    expect(result.accepted.map(([, lat]) => lat)).toEqual([north(40_000)[1], north(40_050)[1]]);
  });
});
