import { describe, expect, it } from "vitest";
import { stages } from "@/lib/contracts/stage";
import { canTransition, isAwaitingDispatch } from "@/lib/domain/cases/case-lifecycle";

describe("case lifecycle", () => {
  it("follows the closed loop 上报→受理→分派→处置→反馈→评价→结案", () => {
    const loop = ["reported", "accepted", "dispatched", "in_progress", "resolved", "rated", "closed"] as const;
    for (let i = 0; i + 1 < loop.length; i++) expect(canTransition(loop[i]!, loop[i + 1]!)).toBe(true);
  });

  it("refuses skipping stages", () => {
    expect(canTransition("reported", "dispatched")).toBe(false);
    expect(canTransition("accepted", "resolved")).toBe(false);
    expect(canTransition("dispatched", "closed")).toBe(false);
  });

  it("never leaves rejected, merged or cancelled, and leaves closed only to be reopened", () => {
    for (const final of ["rejected", "merged", "cancelled"] as const) {
      for (const to of stages) expect(canTransition(final, to)).toBe(false);
    }
    expect(stages.filter((to) => canTransition("closed", to))).toEqual(["reopened"]);
  });

  it("lets an unsatisfied rating reopen a case, which can be dispatched again", () => {
    expect(canTransition("resolved", "reopened")).toBe(true);
    expect(canTransition("reopened", "dispatched")).toBe(true);
  });

  it("awaits dispatch only when accepted or reopened", () => {
    expect(stages.filter(isAwaitingDispatch)).toEqual(["accepted", "reopened"]);
  });
});
