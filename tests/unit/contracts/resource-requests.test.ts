import { describe, expect, it } from "vitest";
import { resourceActionRequestSchema, resourceDispatchRequestSchema } from "@/lib/contracts/resource";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("resource request contracts", () => {
  const caseId = "363d3cba-a25d-506f-b7ff-90b2da5b4cfb";
  const place = { lat: 31.23, lng: 121.47 };

  it("sends a resource to a case or to a place, never both at once", () => {
    expect(resourceActionRequestSchema.safeParse({ action: "dispatch", expectedVersion: 1, caseId }).success).toBe(true);
    expect(resourceActionRequestSchema.safeParse({ action: "dispatch", expectedVersion: 1, place }).success).toBe(true);
    expect(paths(resourceActionRequestSchema.safeParse({ action: "dispatch", expectedVersion: 1, caseId, place }))).toEqual(["place"]);
  });

  it("names the wrong field: an unknown action, a negative count, a place off the map", () => {
    expect(paths(resourceActionRequestSchema.safeParse({ action: "launch", expectedVersion: 1 }))).toEqual(["action"]);
    expect(paths(resourceActionRequestSchema.safeParse({ action: "set_occupancy", expectedVersion: 1, occupancy: -1 }))).toEqual(["occupancy"]);
    expect(paths(resourceActionRequestSchema.safeParse({ action: "move", expectedVersion: 0, place: { lat: 91, lng: 0 } }))).toEqual(["expectedVersion", "place.lat"]);
  });

  it("takes needs of the kinds that travel, each at a case or a place", () => {
    expect(resourceDispatchRequestSchema.safeParse({ needs: [{ kind: "pump", caseId, minM3PerHour: 1000 }, { kind: "team", place, skill: "water_rescue" }] }).success).toBe(true);
    expect(paths(resourceDispatchRequestSchema.safeParse({ needs: [{ kind: "shelter", place }] }))).toEqual(["needs.0.kind"]);
    expect(paths(resourceDispatchRequestSchema.safeParse({ needs: [{ kind: "pump" }] }))).toEqual(["needs.0.caseId"]);
    expect(paths(resourceDispatchRequestSchema.safeParse({ needs: [] }))).toEqual(["needs"]);
  });
});
