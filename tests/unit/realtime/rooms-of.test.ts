import { describe, expect, it } from "vitest";
import { roomsOf } from "@/lib/realtime/rooms-of";
import { aCase } from "../live/live-fixtures";

describe("roomsOf", () => {
  it("sends a case to the screens, its department and its assigned worker", () => {
    expect(roomsOf({ kind: "case", case: aCase("c1", { department: "water", assigneeId: "W0007" }) })).toEqual([
      "screen",
      "department:water",
      "worker:W0007",
    ]);
  });

  it("leaves out the worker room while nobody is assigned", () => {
    expect(roomsOf({ kind: "case", case: aCase("c1", { department: "water" }) })).toEqual(["screen", "department:water"]);
  });

  it("also tells the worker a case was just taken from, once", () => {
    const reassigned = aCase("c1", { department: "water", assigneeId: "W0008" });
    expect(roomsOf({ kind: "case", case: reassigned, formerAssigneeId: "W0007" })).toEqual(["screen", "department:water", "worker:W0008", "worker:W0007"]);
    const recalled = aCase("c1", { department: "water", assigneeId: "W0007", stage: "accepted" });
    expect(roomsOf({ kind: "case", case: recalled, formerAssigneeId: "W0007" })).toEqual(["screen", "department:water", "worker:W0007"]);
  });

  it("sends worker changes to the screens only", () => {
    expect(roomsOf({ kind: "worker", worker: { id: "W0007", name: "张伟", district: 310101, onDuty: true, load: 1, maxLoad: 5, lat: 31.23, lng: 121.47 } })).toEqual(["screen"]);
  });
});
