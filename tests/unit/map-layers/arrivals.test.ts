import { describe, expect, it } from "vitest";
import { arrivalPulseLayer } from "@/app/_map/arrival-pulse-layer";
import { arrivedCases } from "@/app/_map/arrived-cases";
import { aCase, aPlacedCase } from "../live/live-fixtures";

describe("arrivedCases", () => {
  it("pairs arrivals with the cases still held and tells when the latest came", () => {
    const cases = new Map([
      ["a", aCase("a")],
      ["b", aCase("b")],
    ]);
    const arrived = arrivedCases(
      new Map([
        ["a", 1_000],
        ["b", 3_000],
        ["dropped", 5_000],
      ]),
      cases,
    );
    expect(arrived.cases.map((summary) => summary.id)).toEqual(["a", "b"]);
    expect(arrived.latestAt).toBe(3_000);
  });

  it("leaves out a case not yet placed: it has nowhere to pulse", () => {
    const cases = new Map([
      ["a", aCase("a", { lat: null, lng: null, gridCell: null })],
      ["b", aCase("b")],
    ]);
    expect(arrivedCases(new Map([["a", 1_000], ["b", 2_000]]), cases).cases.map((summary) => summary.id)).toEqual(["b"]);
  });

  it("has no latest time without arrivals", () => {
    expect(arrivedCases(new Map(), new Map())).toEqual({ cases: [], latestAt: null });
  });
});

describe("arrivalPulseLayer", () => {
  it("animates through uniforms only: same data, wider and fainter as the phase grows", () => {
    const data = [aPlacedCase("a")];
    const start = arrivalPulseLayer(data, 0);
    const end = arrivalPulseLayer(data, 0.9);
    expect(end.props.data).toBe(start.props.data);
    expect(end.props.radiusScale).toBeGreaterThan(start.props.radiusScale);
    expect(end.props.opacity).toBeLessThan(start.props.opacity);
  });
});
