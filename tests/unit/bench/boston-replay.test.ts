import { describe, expect, it } from "vitest";
import { categoryForBostonType, channelForBostonSource } from "@/scripts/bench/replay/boston-categories";
import { BOSTON_COLUMNS, keptBostonRows, moveToShanghai, parseBostonTime } from "@/scripts/bench/replay/boston-cases";
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

  it("keeps the mapped, placed cases of the first days, in BOSTON_COLUMNS order", () => {
    const csv = [
      "Source,TYPE,x,OPEN_DT,CASE_ENQUIRY_ID,LONGITUDE,LATITUDE",
      "Constituent Call,Street Light Outages,,01/03/2015 09:00:00 AM,3,-71.05,42.35",
      "Constituent Call,Street Light Outages,,01/01/2015 09:00:00 AM,1,-71.05,42.35",
      "Constituent Call,Sticker Request,,01/01/2015 10:00:00 AM,2,-71.05,42.35",
      "Constituent Call,Street Light Outages,,01/01/2015 11:00:00 AM,4,,",
      "Constituent Call,Street Light Outages,,01/02/2015 08:59:59 AM,5,-71.06,42.36",
    ].join("\n");
    expect(keptBostonRows(csv, 1)).toEqual([
      ["1", "01/01/2015 09:00:00 AM", "Street Light Outages", "Constituent Call", "42.35", "-71.05"],
      ["5", "01/02/2015 08:59:59 AM", "Street Light Outages", "Constituent Call", "42.36", "-71.06"],
    ]);
    expect(keptBostonRows(csv, 3).map((row) => row[BOSTON_COLUMNS.indexOf("CASE_ENQUIRY_ID")])).toEqual(["1", "5", "3"]);
  });
});
