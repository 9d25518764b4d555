import { describe, expect, it } from "vitest";
import { formatOccupancy, occupancyShare, steppedOccupancy } from "@/app/_resources/occupancy";
import { tallyResources } from "@/app/_resources/resource-tally";
import { aResource, aShelter } from "./resource-fixtures";

describe("occupancy", () => {
  it("writes the count against the places with thousands separated, and its share", () => {
    expect(formatOccupancy({ capacity: 1200, occupancy: 345 })).toBe("345 / 1,200");
    expect(occupancyShare({ capacity: 200, occupancy: 50 })).toBe(0.25);
    expect(occupancyShare({ capacity: 0, occupancy: 0 })).toBe(0);
    expect(occupancyShare({ capacity: 10, occupancy: null })).toBe(0);
  });

  it("keeps a +/− step within 0 and the capacity", () => {
    expect(steppedOccupancy({ capacity: 100, occupancy: 95 }, 10)).toBe(100);
    expect(steppedOccupancy({ capacity: 100, occupancy: 3 }, -10)).toBe(0);
    expect(steppedOccupancy({ capacity: 100, occupancy: 40 }, 1)).toBe(41);
  });
});

describe("tallyResources", () => {
  it("counts shelters open (full ones too) and people in all of them against open places, and pumps and teams out", () => {
    const tally = tallyResources([
      aShelter(100, 40),
      aShelter(50, 50, "full"),
      aShelter(80, 5, "closed"),
      aResource({ kind: "pump", state: "en_route" }),
      aResource({ kind: "pump", state: "available" }),
      aResource({ kind: "pump", state: "returning" }),
      aResource({ kind: "team", state: "on_scene" }),
      aResource({ kind: "team", state: "available" }),
      aResource({ kind: "vehicle", state: "en_route" }),
      aResource({ kind: "sandbags", state: "available", stock: 500 }),
    ]);
    expect(tally).toEqual({ sheltersOpen: 2, shelters: 3, peopleSheltered: 95, shelterPlaces: 150, pumpsOut: 2, pumps: 3, teamsOut: 1, teams: 2 });
  });
});
