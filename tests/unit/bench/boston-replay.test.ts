import { describe, expect, it } from "vitest";
import { categoryForBostonType, channelForBostonSource } from "@/scripts/bench/replay/boston-categories";
import { moveToShanghai, parseBostonTime } from "@/scripts/bench/replay/boston-cases";
import { csvRecords } from "@/scripts/bench/replay/csv-records";

describe("Boston 311 replay input", () => {
  it("reads quoted CSV fields with commas, quotes and newlines", () => {
    expect([...csvRecords('a,b\n"x, ""y""","line\nbreak"\r\n1,2')]).toEqual([["a", "b"], ['x, "y"', "line\nbreak"], ["1", "2"]]);
  });

  it("maps case types and sources onto the demo's categories and channels", () => {
    expect(categoryForBostonType("Street Light Outages")).toBe("streetlight_out");
    expect(categoryForBostonType("Pothole Repair (Internal)")).toBe("road_surface_damage");
    expect(categoryForBostonType("Sticker Request")).toBeNull();
    expect(channelForBostonSource("Constituent Call")).toBe("hotline");
    expect(channelForBostonSource("Citizens Connect App")).toBe("resident_app");
  });

  it("keeps Boston's distances when moving a place onto Shanghai", () => {
    expect(moveToShanghai(42.3601, -71.0589)).toEqual({ lat: 31.2304, lng: 121.4737 });
    expect(moveToShanghai(42.3701, -71.0589).lat).toBeCloseTo(31.2404, 6);
  });

  it("reads Boston's 12-hour timestamps", () => {
    expect(parseBostonTime("01/05/2015 12:40:41 PM") - parseBostonTime("01/05/2015 12:40:41 AM")).toBe(12 * 3_600_000);
    expect(parseBostonTime("not a date")).toBeNaN();
  });
});
