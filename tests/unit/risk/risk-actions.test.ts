import { describe, expect, it } from "vitest";
import type { HouseholdView, ResidentCategory } from "@/lib/contracts/care";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canSeeHousehold } from "@/lib/domain/care-registry/household-visibility";
import { maskHousehold } from "@/lib/domain/care-registry/mask-household";
import type { ResourceCandidate } from "@/lib/domain/resources/choose-resource";
import { evacuationList, planRiskActions, pumpEtaMinutes, riskActionNeed, sandbagsFor, type RiskPoint } from "@/lib/domain/risk/risk-actions";

const LAT = 31.2;
/** Kilometres east of the risk point, as a position: the examples lie on one parallel. */
const east = (km: number) => ({ lat: LAT, lng: 121.4 + km / (111.32 * Math.cos((LAT * Math.PI) / 180)) });
const ROAD_FACTOR = 1.3;
const NOW = new Date("2026-12-06T02:00:00.000Z");

function resource(id: string, kind: ResourceCandidate["kind"], km: number, overrides: Partial<ResourceCandidate> = {}): ResourceCandidate {
  const state = kind === "shelter" ? "open" : "available";
  return { id, kind, state, ...east(km), m3PerHour: kind === "pump" ? 1000 : null, skills: [], capacity: null, occupancy: null, stock: null, ...overrides };
}

function household(n: number, category: ResidentCategory, absent = false): HouseholdView {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    category,
    masked: false,
    name: `王秀英${n}`,
    address: `黄浦区南京东路${n}号502室`,
    phone: `1391234567${n}`,
    idNumber: "31010119400101123X",
    location: east(0),
    district: 310101,
    gridCell: "89309959b8fffff",
    waterMeterId: null,
    electricityMeterId: null,
    gridWorkerId: "W0001",
    familyContacts: [],
    consent: { givenBy: "王秀英", at: "2026-11-01T02:00:00.000Z", scope: "水电表数据用于关怀告警" },
    absences: absent ? [{ id: "a", reason: "hospital", startsAt: "2026-12-01T00:00:00.000Z", endsAt: "2026-12-09T00:00:00.000Z", note: "" }] : [],
    openAlerts: 0,
    demo: true,
    version: 1,
    updatedAt: "2026-11-01T02:00:00.000Z",
  };
}

const households = [household(1, "elderly_alone"), household(2, "elderly_couple"), household(3, "disabled", true)];
const point: RiskPoint = { at: east(0), households, now: NOW };

describe("planRiskActions", () => {
  it("pre-positions the nearest available pump truck, with its ETA at a truck's speed in the rain", () => {
    const resources = [resource("busy", "pump", 0.3, { state: "en_route" }), resource("near", "pump", 2), resource("far", "pump", 5)];
    const plan = planRiskActions(point, resources, ROAD_FACTOR);
    expect(plan.pump?.resource.id).toBe("near");
    expect(plan.pump!.travelMeters).toBeGreaterThan(2590);
    expect(plan.pump!.travelMeters).toBeLessThan(2610);
    // 2.6 km at 25 km/h is 6.24 minutes: said as 7, never less than it takes.
    expect(plan.pump!.etaMinutes).toBe(7);
    expect(pumpEtaMinutes(0)).toBe(0);
  });

  it("takes the bags from the nearest depot that holds them all, and says the stock left", () => {
    const bags = sandbagsFor(3);
    expect(bags).toBe(160);
    const resources = [resource("short", "sandbags", 0.5, { stock: 159 }), resource("enough", "sandbags", 1, { stock: 1000 }), resource("big", "sandbags", 3, { stock: 9000 })];
    const plan = planRiskActions(point, resources, ROAD_FACTOR);
    expect(plan.sandbags).toMatchObject({ resource: { id: "enough" }, bags: 160, stockLeft: 840 });
  });

  it("opens the nearest shelter with room for the people to move, a closed one too, and says the room left", () => {
    // Three people to move: the couple and the one living alone; the one in hospital is not counted.
    const resources = [
      resource("full", "shelter", 0.2, { state: "full", capacity: 100, occupancy: 100 }),
      resource("cramped", "shelter", 0.4, { capacity: 100, occupancy: 98 }),
      resource("closed", "shelter", 0.8, { state: "closed", capacity: 50, occupancy: 0 }),
      resource("open", "shelter", 2, { capacity: 300, occupancy: 10 }),
    ];
    const plan = planRiskActions(point, resources, ROAD_FACTOR);
    expect(plan.shelter).toMatchObject({ resource: { id: "closed" }, people: 3, roomLeft: 47, opens: true });
    const withoutClosed = planRiskActions(point, resources.filter((r) => r.id !== "closed"), ROAD_FACTOR);
    expect(withoutClosed.shelter).toMatchObject({ resource: { id: "open" }, roomLeft: 287, opens: false });
  });

  it("suggests no kind nothing can serve, and the need it checks a chosen resource against is the plan's", () => {
    const plan = planRiskActions(point, [resource("team", "team", 0.1)], ROAD_FACTOR);
    expect([plan.pump, plan.sandbags, plan.shelter]).toEqual([null, null, null]);
    expect(riskActionNeed("sandbags", point)).toMatchObject({ kind: "sandbags", minStock: 160 });
    expect(riskActionNeed("shelter", point)).toMatchObject({ kind: "shelter", minRoom: 3 });
    expect(riskActionNeed("shelter", { ...point, households: [] })).toMatchObject({ minRoom: 1 });
  });
});

describe("evacuationList", () => {
  it("lists every household, counts the couple as two and the absent as none", () => {
    const list = evacuationList(households, NOW);
    expect(list.people).toBe(3);
    expect(list.households.map((h) => [h.people, h.absent])).toEqual([[1, false], [2, false], [1, true]]);
  });

  it("keeps the registry's masks: a leader sees names and addresses masked, the dispatcher whole", () => {
    const asSeenBy = (actor: Actor) =>
      households.map((h) => (canSeeHousehold(actor, { gridCell: null, communityCells: [] }, { gridWorkerId: h.gridWorkerId, gridCell: h.gridCell }) ? h : maskHousehold(h)));
    const leader = evacuationList(asSeenBy({ role: "leader", id: "L1" }), NOW).households[0]!;
    expect(leader).toMatchObject({ masked: true, name: "王*", address: "黄浦区南京东路…", phone: "139****5671" });
    expect(JSON.stringify(leader)).not.toContain("31010119400101123X");
    const dispatcher = evacuationList(asSeenBy({ role: "dispatcher", id: "D1" }), NOW).households[0]!;
    expect(dispatcher).toMatchObject({ masked: false, name: "王秀英1", address: "黄浦区南京东路1号502室", phone: "13912345671" });
  });
});
