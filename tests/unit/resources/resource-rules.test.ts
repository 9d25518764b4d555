import { describe, expect, it } from "vitest";
import { resourceActions, resourceKinds, resourceStates, type ResourceAction, type ResourceKind, type ResourceState } from "@/lib/contracts/resource";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canViewResource, decideResource, type ResourceFacts, type ResourceRequest } from "@/lib/domain/resources/resource-rules";

const dispatcher: Actor = { role: "dispatcher", id: "d1" };
const target = { caseId: null, lat: 31.2, lng: 121.4, label: "中山北路积水点" };

/** Every field any action needs, valid for the facts below: only kind, state and role decide. */
const fullRequest = (action: ResourceAction): ResourceRequest => ({ action, target, position: { lat: 31.21, lng: 121.41 }, occupancy: 30, amount: 10, note: "已到达，开始排水" });

function factsOf(kind: ResourceKind, state: ResourceState, overrides: Partial<ResourceFacts> = {}): ResourceFacts {
  const department = kind === "shelter" ? "civil_affairs" : kind === "pump" ? "water" : "emergency";
  return { kind, state, department, capacity: kind === "shelter" ? 100 : null, occupancy: kind === "shelter" ? 40 : null, stock: kind === "sandbags" ? 500 : null, ...overrides };
}

const movable = ["pump", "team", "vehicle"] as const;

/** The allowed moves, written out by hand: [action, kinds, from, to]. */
const allowed: [ResourceAction, readonly ResourceKind[], ResourceState, ResourceState][] = [
  ...movable.flatMap((k) => [
    ["dispatch", [k], "available", "en_route"],
    ["arrive", [k], "en_route", "on_scene"],
    ["release", [k], "on_scene", "returning"],
    ["back", [k], "returning", "available"],
    ["recall", [k], "en_route", "returning"],
    ["recall", [k], "on_scene", "returning"],
    ["move", [k], "available", "available"],
    ["report", [k], "en_route", "en_route"],
    ["report", [k], "on_scene", "on_scene"],
    ["report", [k], "returning", "returning"],
  ] as [ResourceAction, readonly ResourceKind[], ResourceState, ResourceState][]),
  ["open", ["shelter"], "closed", "open"],
  ["close", ["shelter"], "open", "closed"],
  ["close", ["shelter"], "full", "closed"],
  ["set_occupancy", ["shelter"], "open", "open"],
  ["set_occupancy", ["shelter"], "full", "open"],
  ["set_occupancy", ["shelter"], "closed", "closed"],
  ["take", ["sandbags"], "available", "available"],
  ["restock", ["sandbags"], "available", "available"],
];

describe("the resource rule table", () => {
  it("allows exactly the listed moves for every action, kind and state, and refuses every other one by kind or state", () => {
    for (const action of resourceActions) {
      for (const kind of resourceKinds) {
        for (const state of resourceStates) {
          const expected = allowed.find(([a, kinds, from]) => a === action && kinds.includes(kind) && from === state);
          const decision = decideResource(fullRequest(action), factsOf(kind, state), dispatcher);
          const label = `${action} a ${kind} that is ${state}`;
          if (expected) expect(decision, label).toMatchObject({ ok: true, patch: { state: expected[3] } });
          else expect(decision.ok ? "allowed" : decision.code, label).toBe(allowed.some(([a, kinds]) => a === action && kinds.includes(kind)) ? "wrong_state" : "wrong_kind");
        }
      }
    }
  });

  it("lets only the desk command (dispatch, recall, move), and the owning department's staff record the field's moves", () => {
    const water: Actor = { role: "department_staff", id: "u1", department: "water" };
    const police: Actor = { role: "department_staff", id: "u2", department: "police" };
    const pump = (state: ResourceState) => factsOf("pump", state);
    for (const action of ["dispatch", "recall", "move"] as const) {
      const from = action === "recall" ? "en_route" : "available";
      expect(decideResource(fullRequest(action), pump(from), water), action).toMatchObject({ ok: false, code: "forbidden" });
      expect(decideResource(fullRequest(action), pump(from), { role: "admin", id: "a" }), action).toMatchObject({ ok: true });
    }
    expect(decideResource(fullRequest("arrive"), pump("en_route"), water)).toMatchObject({ ok: true, patch: { state: "on_scene" } });
    expect(decideResource(fullRequest("arrive"), pump("en_route"), police)).toMatchObject({ ok: false, code: "forbidden" });
    for (const role of ["operator", "leader", "grid_worker", "resident"] as const) {
      expect(decideResource(fullRequest("arrive"), pump("en_route"), { role, id: "x" }), role).toMatchObject({ ok: false, code: "forbidden" });
    }
    const civil: Actor = { role: "department_staff", id: "u3", department: "civil_affairs" };
    expect(decideResource({ action: "set_occupancy", occupancy: 60 }, factsOf("shelter", "open"), civil)).toMatchObject({ ok: true, patch: { occupancy: 60 } });
    expect(decideResource({ action: "set_occupancy", occupancy: 60 }, factsOf("shelter", "open"), water)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets the desk, operators, leaders and the owning department see a resource, no one else", () => {
    const seen = (actor: Actor) => canViewResource({ department: "water" }, actor);
    for (const role of ["dispatcher", "admin", "operator", "leader"] as const) expect(seen({ role, id: "x" }), role).toBe(true);
    expect(seen({ role: "department_staff", id: "x", department: "water" })).toBe(true);
    expect(seen({ role: "department_staff", id: "x", department: "police" })).toBe(false);
    expect(seen({ role: "grid_worker", id: "x", workerId: "W0001" })).toBe(false);
    expect(seen({ role: "resident", id: "x" })).toBe(false);
  });

  it("keeps a shelter's occupancy within its capacity: full at capacity, open below, never over", () => {
    const shelter = factsOf("shelter", "open");
    expect(decideResource({ action: "set_occupancy", occupancy: 100 }, shelter, dispatcher)).toMatchObject({ ok: true, patch: { state: "full", occupancy: 100 } });
    expect(decideResource({ action: "set_occupancy", occupancy: 99 }, factsOf("shelter", "full", { occupancy: 100 }), dispatcher)).toMatchObject({ ok: true, patch: { state: "open", occupancy: 99 } });
    expect(decideResource({ action: "set_occupancy", occupancy: 101 }, shelter, dispatcher)).toMatchObject({ ok: false, code: "over_capacity" });
    expect(decideResource({ action: "set_occupancy" }, shelter, dispatcher)).toMatchObject({ ok: false, code: "occupancy_required" });
    expect(decideResource({ action: "set_occupancy", occupancy: 0 }, shelter, dispatcher)).toMatchObject({ ok: true, patch: { state: "open", occupancy: 0 } });
  });

  it("lets a closed shelter take no one: its count only falls, and it opens as full when it is at capacity", () => {
    const closed = factsOf("shelter", "closed");
    expect(decideResource({ action: "set_occupancy", occupancy: 41 }, closed, dispatcher)).toMatchObject({ ok: false, code: "shelter_closed" });
    expect(decideResource({ action: "set_occupancy", occupancy: 40 }, closed, dispatcher)).toMatchObject({ ok: true, patch: { state: "closed", occupancy: 40 } });
    expect(decideResource({ action: "open" }, factsOf("shelter", "closed", { occupancy: 100 }), dispatcher)).toMatchObject({ ok: true, patch: { state: "full" } });
  });

  it("never lets a depot's stock fall below zero, and counts restocking up", () => {
    const depot = factsOf("sandbags", "available");
    expect(decideResource({ action: "take", amount: 500 }, depot, dispatcher)).toMatchObject({ ok: true, patch: { stock: 0 } });
    expect(decideResource({ action: "take", amount: 501 }, depot, dispatcher)).toMatchObject({ ok: false, code: "insufficient_stock" });
    expect(decideResource({ action: "take" }, depot, dispatcher)).toMatchObject({ ok: false, code: "amount_required" });
    expect(decideResource({ action: "restock", amount: 1_000 }, depot, dispatcher)).toMatchObject({ ok: true, patch: { stock: 1_500 } });
  });

  it("sends only to a target, moves only to a place, reports only with a note, and clears the job on the way back", () => {
    const pump = factsOf("pump", "available");
    expect(decideResource({ action: "dispatch" }, pump, dispatcher)).toMatchObject({ ok: false, code: "target_required" });
    expect(decideResource({ action: "dispatch", target }, pump, dispatcher)).toEqual({ ok: true, patch: { state: "en_route", target } });
    expect(decideResource({ action: "move" }, pump, dispatcher)).toMatchObject({ ok: false, code: "place_required" });
    expect(decideResource({ action: "report" }, factsOf("team", "on_scene"), dispatcher)).toMatchObject({ ok: false, code: "note_required" });
    expect(decideResource({ action: "back" }, factsOf("pump", "returning"), dispatcher)).toEqual({ ok: true, patch: { state: "available", target: null } });
  });
});
