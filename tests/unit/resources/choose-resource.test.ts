import { describe, expect, it } from "vitest";
import { assignResources, chooseResource, rankResources, type ResourceCandidate, type ResourceRequirement } from "@/lib/domain/resources/choose-resource";

const LAT = 31.2;
/** Metres east of a fixed point, as a position: the examples lie on one parallel. */
const east = (km: number) => ({ lat: LAT, lng: 121.4 + km / (111.32 * Math.cos((LAT * Math.PI) / 180)) });

function pump(id: string, km: number, overrides: Partial<ResourceCandidate> = {}): ResourceCandidate {
  return { id, kind: "pump", state: "available", ...east(km), m3PerHour: 1000, skills: [], ...overrides };
}

const ROAD_FACTOR = 1.3;

describe("chooseResource", () => {
  it("sends the nearest available one of the kind that has the capability, by straight line × road factor, and says why", () => {
    const resources = [
      pump("busy-near", 0.2, { state: "en_route" }),
      pump("small-near", 0.4, { m3PerHour: 300 }),
      pump("chosen", 1),
      pump("second", 2),
      pump("third", 3),
      pump("fourth", 4),
      { id: "team", kind: "team" as const, state: "available" as const, ...east(0), m3PerHour: null, skills: ["water_rescue"] },
    ];
    const need: ResourceRequirement = { kind: "pump", at: east(0), minM3PerHour: 500 };
    const choice = chooseResource(need, resources, ROAD_FACTOR);
    expect(choice?.resourceId).toBe("chosen");
    expect(choice?.reason).toMatchObject({
      method: "nearest",
      roadFactor: ROAD_FACTOR,
      considered: 6,
      eligible: 4,
      excluded: { not_available: 1, lacks_capacity: 1, lacks_skill: 0 },
    });
    expect(choice!.reason.travelMeters).toBeGreaterThan(1290);
    expect(choice!.reason.travelMeters).toBeLessThan(1310);
    expect(choice!.reason.runnersUp.map((r) => r.id)).toEqual(["second", "third", "fourth"]);
  });

  it("matches a team by skill, and finds nothing when no available one has it", () => {
    const team = (id: string, km: number, skills: string[]): ResourceCandidate => ({ id, kind: "team", state: "available", ...east(km), m3PerHour: null, skills });
    const teams = [team("medics", 0.1, ["first_aid"]), team("divers", 3, ["water_rescue", "evacuation"])];
    expect(chooseResource({ kind: "team", at: east(0), skill: "water_rescue" }, teams, ROAD_FACTOR)).toMatchObject({
      resourceId: "divers",
      reason: { excluded: { lacks_skill: 1 } },
    });
    expect(chooseResource({ kind: "team", at: east(0), skill: "structural_rescue" }, teams, ROAD_FACTOR)).toBeNull();
  });
});

describe("assignResources in a burst", () => {
  // Two flooded spots 2 km apart, two pumps: one just east of the first, one farther west.
  const needs: ResourceRequirement[] = [
    { kind: "pump", at: east(0) },
    { kind: "pump", at: east(2) },
  ];
  const pumps = [pump("east-pump", 0.9), pump("west-pump", -1.5)];

  /** One after the other, each to the nearest still free: how single dispatch would go. */
  function greedy() {
    const taken = new Set<string>();
    let total = 0;
    const ids = needs.map((need) => {
      const choice = chooseResource(need, pumps.map((p) => (taken.has(p.id) ? { ...p, state: "en_route" as const } : p)), ROAD_FACTOR);
      taken.add(choice!.resourceId);
      total += choice!.reason.travelMeters;
      return choice!.resourceId;
    });
    return { ids, total };
  }

  it("serves the needs jointly for less total travel than one at a time, each resource once", () => {
    const joint = assignResources(needs, pumps, ROAD_FACTOR);
    const oneByOne = greedy();
    expect(oneByOne.ids).toEqual(["east-pump", "west-pump"]);
    expect(joint.choices.map((c) => c?.resourceId)).toEqual(["west-pump", "east-pump"]);
    expect(joint.totalTravelMeters).toBeLessThan(oneByOne.total * 0.7);
    expect(joint.choices[0]?.reason).toMatchObject({ method: "least-total-travel", considered: 2, eligible: 2 });
    expect(joint.totalTravelMeters).toBe(joint.choices.reduce((sum, c) => sum + c!.reason.travelMeters, 0));
  });

  it("leaves a need out when no resource is left for it, never an earlier one for a later one", () => {
    const outcome = assignResources([...needs, { kind: "pump", at: east(1) }], pumps, ROAD_FACTOR);
    expect(outcome.choices.map((c) => c?.resourceId ?? null)).toEqual(["west-pump", "east-pump", null]);
  });
});

describe("rankResources", () => {
  it("offers the eligible ones nearest first, the first being the one chooseResource would send, up to the limit", () => {
    const resources = [pump("far", 5), pump("busy", 0.1, { state: "on_scene" }), pump("near", 1), pump("small", 0.5, { m3PerHour: 200 }), pump("mid", 2)];
    const need: ResourceRequirement = { kind: "pump", at: east(0), minM3PerHour: 500 };
    const ranked = rankResources(need, resources, ROAD_FACTOR, 2);
    expect(ranked.nearest.map((r) => r.id)).toEqual(["near", "mid"]);
    expect(ranked.nearest[0]!.id).toBe(chooseResource(need, resources, ROAD_FACTOR)!.resourceId);
    expect(ranked).toMatchObject({ considered: 5, eligible: 3, excluded: { not_available: 1, lacks_capacity: 1, lacks_skill: 0 } });
  });
});
