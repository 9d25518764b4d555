import { describe, expect, it } from "vitest";
import { countByStage } from "@/app/_screen/count-by-stage";
import { newestCases } from "@/app/_screen/newest-cases";
import { aCase } from "./live-fixtures";

describe("newestCases", () => {
  it("lists the most recently created cases first, up to the limit", () => {
    const cases = [
      aCase("morning", { createdAt: "2025-07-01T01:00:00.000Z" }),
      aCase("evening", { createdAt: "2025-07-01T11:00:00+00:00" }),
      aCase("noon", { createdAt: "2025-07-01T04:00:00.000Z" }),
    ];
    expect(newestCases(cases, 2).map((summary) => summary.id)).toEqual(["evening", "noon"]);
  });
});

describe("countByStage", () => {
  it("counts the cases in each stage and leaves absent stages out", () => {
    const counts = countByStage([aCase("a"), aCase("b", { stage: "dispatched" }), aCase("c", { stage: "dispatched" })]);
    expect(counts).toEqual({ reported: 1, dispatched: 2 });
  });
});
