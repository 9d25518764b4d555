import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/contracts";
import { chooseSummons, closeAfterMinutes, departmentScore } from "@/scripts/simulator/model/desk-decisions";
import { resolveResult, residentVerdict } from "@/scripts/simulator/model/resident-verdict";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const escalated = (id: string, overrides: Partial<CaseSummary> = {}) =>
  ({ id, code: `C-${id}`, stage: "in_progress", escalated: true, priority: "high", department: "water" as string, ...overrides }) as CaseSummary;

describe("residents", () => {
  it("mostly rate, mostly satisfied, a few unsatisfied (which reopens the case)", () => {
    const random = createSeededRandom("verdicts");
    const verdicts = Array.from({ length: 10_000 }, () => residentVerdict(random));
    const rated = verdicts.flatMap((v) => (v.rates ? [v] : []));
    const share = (rating: string) => rated.filter((v) => v.rating === rating).length / rated.length;
    expect(rated.length / verdicts.length).toBeCloseTo(0.85, 1);
    expect(share("satisfied")).toBeCloseTo(0.78, 1);
    expect(share("basically_satisfied")).toBeCloseTo(0.16, 1);
    expect(share("unsatisfied")).toBeGreaterThan(0.03);
    expect(share("unsatisfied")).toBeLessThan(0.09);
    expect(rated.every((v) => v.afterMinutes >= 1)).toBe(true);
  });

  it("get a short result from the worker", () => {
    const result = resolveResult(createSeededRandom("result"));
    expect(result.length).toBeGreaterThan(3);
    expect(result.length).toBeLessThan(30);
  });
});

describe("the desk", () => {
  it("closes a rated case within minutes and waits longer for an unrated one", () => {
    const random = createSeededRandom("close");
    for (let i = 0; i < 200; i++) {
      expect(closeAfterMinutes(true, random)).toBeLessThanOrEqual(10);
      expect(closeAfterMinutes(false, random)).toBeGreaterThanOrEqual(15);
      expect(closeAfterMinutes(false, random)).toBeLessThanOrEqual(40);
    }
  });

  it("now and then summons the case's department and its partner for an escalated case, never twice, never too often", () => {
    const random = createSeededRandom("whistle");
    const cases = [escalated("a"), escalated("b", { escalated: false }), escalated("c", { stage: "resolved" })];
    const plans = Array.from({ length: 1000 }, () => chooseSummons({ cases, summoned: new Set(), minutesSinceLast: 60 }, random));
    const made = plans.filter((p) => p !== null);
    expect(made.length / plans.length).toBeGreaterThan(0.2);
    expect(made.length / plans.length).toBeLessThan(0.4);
    expect(made.every((p) => p.caseId === "a" && p.whistle === "hard")).toBe(true);
    expect(made[0]?.departments).toEqual(["water", "transport"]);
    expect(made[0]?.reason).toContain("C-a");
    expect(chooseSummons({ cases, summoned: new Set(["a"]), minutesSinceLast: 60 }, random)).toBeNull();
    expect(Array.from({ length: 100 }, () => chooseSummons({ cases, summoned: new Set(), minutesSinceLast: 5 }, random)).every((p) => p === null)).toBe(true);
  });

  it("blows the emergency whistle for an urgent case", () => {
    const random = createSeededRandom("urgent");
    const plans = Array.from({ length: 50 }, () => chooseSummons({ cases: [escalated("u", { priority: "urgent" })], summoned: new Set(), minutesSinceLast: 60 }, random));
    expect(plans.some((p) => p?.whistle === "emergency")).toBe(true);
  });

  it("rates a department by how it reported in", () => {
    const random = createSeededRandom("scores");
    expect(departmentScore("acknowledged", random)).toBeGreaterThanOrEqual(4);
    expect(departmentScore("late", random)).toBeLessThanOrEqual(3);
    expect(departmentScore("missed", random)).toBe(1);
  });
});
