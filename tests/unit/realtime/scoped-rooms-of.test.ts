import { describe, expect, it } from "vitest";
import { scopedRoomsOf } from "@/lib/realtime/scoped-rooms-of";
import { aCase, aResource } from "../live/live-fixtures";

describe("scopedRoomsOf", () => {
  it("sends a case to its department and its assigned worker", () => {
    expect(scopedRoomsOf({ kind: "case", case: aCase("c1", { department: "water", assigneeId: "W0007" }) })).toEqual(["department:water", "worker:W0007"]);
  });

  it("leaves out the worker room while nobody is assigned", () => {
    expect(scopedRoomsOf({ kind: "case", case: aCase("c1", { department: "water" }) })).toEqual(["department:water"]);
  });

  it("also tells the worker a case was just taken from, once", () => {
    const reassigned = aCase("c1", { department: "water", assigneeId: "W0008" });
    expect(scopedRoomsOf({ kind: "case", case: reassigned, formerAssigneeId: "W0007" })).toEqual(["department:water", "worker:W0008", "worker:W0007"]);
    const recalled = aCase("c1", { department: "water", assigneeId: "W0007", stage: "accepted" });
    expect(scopedRoomsOf({ kind: "case", case: recalled, formerAssigneeId: "W0007" })).toEqual(["department:water", "worker:W0007"]);
  });

  it("sends worker changes to no room of their own (the screens hear them)", () => {
    expect(scopedRoomsOf({ kind: "worker", worker: { id: "W0007", name: "张伟", district: 310101, onDuty: true, load: 1, maxLoad: 5, lat: 31.23, lng: 121.47 } })).toEqual([]);
  });

  it("sends a resource's changes to the department that runs it: shelter staff and team leaders hear them on their phones", () => {
    expect(scopedRoomsOf({ kind: "resource", resource: aResource("r1", { kind: "shelter", department: "civil_affairs" }) })).toEqual(["department:civil_affairs"]);
  });
});
