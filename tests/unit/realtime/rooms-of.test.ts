import { describe, expect, it } from "vitest";
import { roomsOf } from "@/lib/realtime/screen-publisher";
import { aCase } from "../live/live-fixtures";

describe("roomsOf", () => {
  it("sends a case to the screens, its department and its assigned worker", () => {
    expect(roomsOf({ kind: "case", case: aCase("c1", { department: "water", assigneeId: "W0007" }) })).toEqual([
      "screen",
      "department:water",
      "worker:W0007",
    ]);
  });

  it("also tells the workers the case was just taken from, once each", () => {
    const recalled = { kind: "case", case: aCase("c1", { department: "water" }) } as const;
    expect(roomsOf(recalled, ["W0003"])).toEqual(["screen", "department:water", "worker:W0003"]);
    const reassigned = { kind: "case", case: aCase("c1", { department: "water", assigneeId: "W0009" }) } as const;
    expect(roomsOf(reassigned, ["W0003", "W0009"])).toEqual(["screen", "department:water", "worker:W0009", "worker:W0003"]);
  });

  it("leaves out the worker room while nobody is assigned", () => {
    expect(roomsOf({ kind: "case", case: aCase("c1", { department: "water" }) })).toEqual(["screen", "department:water"]);
  });
});
