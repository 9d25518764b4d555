import { describe, expect, it } from "vitest";
import { assignGreedy } from "@/lib/domain/dispatch/assign-greedy";
import { burstCase, burstWorker, policy } from "./burst-fixtures";

describe("assignGreedy", () => {
  it("takes cases in arrival order, each to the nearest worker that still has room", () => {
    const cases = [burstCase("first", 0), burstCase("second", 0), burstCase("third", 0)];
    const workers = [burstWorker("near", 100, { maxLoad: 2, load: 0 }), burstWorker("far", 2000)];
    const outcome = assignGreedy(cases, workers, policy);
    expect(outcome.assignments.map((a) => [a.caseId, a.workerId])).toEqual([
      ["first", "near"],
      ["second", "near"],
      ["third", "far"],
    ]);
    expect(outcome.totalTravelMeters).toBe(130 + 130 + outcome.assignments[2]!.travelMeters);
  });

  it("reports a case whose eligible workers are all taken apart from one that never had any", () => {
    const cases = [burstCase("served", 0), burstCase("late", 0), burstCase("tree", 0, { skills: ["greening"] })];
    const outcome = assignGreedy(cases, [burstWorker("only", 10)], policy);
    expect(outcome.unassigned).toEqual([
      { caseId: "late", reason: "capacity_taken" },
      { caseId: "tree", reason: "no_eligible_worker" },
    ]);
  });
});
