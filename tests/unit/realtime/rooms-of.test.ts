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

  it("leaves out the worker room while nobody is assigned", () => {
    expect(roomsOf({ kind: "case", case: aCase("c1", { department: "water" }) })).toEqual(["screen", "department:water"]);
  });
});
