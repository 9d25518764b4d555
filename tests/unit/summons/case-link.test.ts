import { describe, expect, it } from "vitest";
import { caseLinkFor } from "@/app/summons/_board/case-link";
import type { SummonView } from "@/lib/contracts";

const summons: SummonView = {
  id: "s1",
  caseId: "6f1c2d3e-0000-4000-8000-000000000001",
  caseCode: "SH20261206-000042",
  caseCategory: "river_pollution",
  caseDepartment: "environment",
  whistle: "routine",
  summonedBy: "system:catalogue",
  reason: "跨部门事项自动吹哨：河道污染 (cross-department: River pollution)",
  createdAt: "2026-12-06T01:00:00.000Z",
  ackDueAt: "2026-12-07T01:00:00.000Z",
  departments: [],
};

describe("the summons board's link to its case", () => {
  it("opens the case in the desk's console for desk roles, keeping the language", () => {
    expect(caseLinkFor(summons, "dispatcher", null, "zh-CN")).toBe(`/dispatch?case=${summons.caseId}`);
    expect(caseLinkFor(summons, "operator", null, "en")).toBe(`/dispatch?case=${summons.caseId}&lang=en`);
  });

  it("opens it on the phone pages for the staff of the department that owns it, and nowhere for a summoned one", () => {
    expect(caseLinkFor(summons, "department_staff", "environment", "zh-CN")).toBe(`/m/tasks/${summons.caseId}`);
    expect(caseLinkFor(summons, "department_staff", "water", "zh-CN")).toBeNull();
    expect(caseLinkFor(summons, "leader", null, "zh-CN")).toBeNull();
  });
});
