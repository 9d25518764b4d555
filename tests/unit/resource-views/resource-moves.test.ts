import { describe, expect, it } from "vitest";
import { resourceStates, type ResourceKind } from "@/lib/contracts";
import { decideResource, type ResourceFacts } from "@/lib/domain/resources/resource-rules";
import { buttonMoves, canReport, canSend, isOut } from "@/app/_resources/resource-moves";

describe("buttonMoves", () => {
  it("walks a pump through its job from the desk: arrived or recall, released or recall, back", () => {
    expect(buttonMoves({ kind: "pump", state: "available" }, "desk")).toEqual([]);
    expect(buttonMoves({ kind: "pump", state: "en_route" }, "desk")).toEqual(["arrive", "recall"]);
    expect(buttonMoves({ kind: "pump", state: "on_scene" }, "desk")).toEqual(["release", "recall"]);
    expect(buttonMoves({ kind: "team", state: "returning" }, "desk")).toEqual(["back"]);
  });

  it("gives a team leader the next step only (no recall), and shelter staff open or close", () => {
    expect(buttonMoves({ kind: "team", state: "en_route" }, "field")).toEqual(["arrive"]);
    expect(buttonMoves({ kind: "team", state: "on_scene" }, "field")).toEqual(["release"]);
    expect(buttonMoves({ kind: "shelter", state: "open" }, "field")).toEqual(["close"]);
    expect(buttonMoves({ kind: "shelter", state: "full" }, "field")).toEqual(["close"]);
    expect(buttonMoves({ kind: "shelter", state: "closed" }, "field")).toEqual(["open"]);
    expect(buttonMoves({ kind: "shelter", state: "open" }, "desk")).toEqual([]);
    expect(buttonMoves({ kind: "sandbags", state: "available" }, "field")).toEqual([]);
  });

  it("offers only moves the server's rule table allows from that state, for that audience", () => {
    const kinds: ResourceKind[] = ["shelter", "pump", "sandbags", "team", "vehicle"];
    const actors = { desk: { id: "d", role: "dispatcher" as const }, field: { id: "f", role: "department_staff" as const, department: "emergency" } };
    for (const kind of kinds)
      for (const state of resourceStates)
        for (const audience of ["desk", "field"] as const)
          for (const action of buttonMoves({ kind, state }, audience)) {
            const facts: ResourceFacts = { kind, state, department: "emergency", capacity: 10, occupancy: 0, stock: 0 };
            expect(decideResource({ action }, facts, actors[audience]), `${audience} ${action} on a ${state} ${kind}`).toMatchObject({ ok: true });
          }
  });
});

describe("canSend, canReport, isOut", () => {
  it("sends only an available pump, team or vehicle; reports and counts as out only one on a job", () => {
    expect(canSend({ kind: "pump", state: "available" })).toBe(true);
    expect(canSend({ kind: "pump", state: "en_route" })).toBe(false);
    expect(canSend({ kind: "shelter", state: "open" })).toBe(false);
    expect(canReport({ kind: "team", state: "on_scene" })).toBe(true);
    expect(canReport({ kind: "team", state: "available" })).toBe(false);
    expect(isOut({ kind: "vehicle", state: "returning" })).toBe(true);
    expect(isOut({ kind: "pump", state: "available" })).toBe(false);
    expect(isOut({ kind: "shelter", state: "open" })).toBe(false);
  });
});
