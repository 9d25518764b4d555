import { describe, expect, it } from "vitest";
import { NewestCases, newestCases } from "@/app/_screen/newest-cases";
import { StageTally } from "@/app/_screen/stage-tally";
import { aCase } from "./live-fixtures";

const hour = (h: number) => `2025-07-01T${String(h).padStart(2, "0")}:00:00.000Z`;

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

describe("NewestCases", () => {
  const ids = (newest: NewestCases) => newest.publish().map((summary) => summary.id);

  it("takes in newer cases, drops the oldest past the limit and ignores older ones", () => {
    const newest = new NewestCases(2);
    newest.update(undefined, aCase("a", { createdAt: hour(1) }));
    newest.update(undefined, aCase("c", { createdAt: hour(3) }));
    newest.update(undefined, aCase("b", { createdAt: hour(2) }));
    expect(ids(newest)).toEqual(["c", "b"]);
    newest.update(undefined, aCase("old", { createdAt: hour(0) }));
    expect(ids(newest)).toEqual(["c", "b"]);
  });

  it("shows the newest version of a listed case and keeps the list object while nothing changes", () => {
    const newest = new NewestCases(2);
    const first = aCase("a", { createdAt: hour(1) });
    newest.update(undefined, first);
    const before = newest.publish();
    expect(newest.publish()).toBe(before);
    newest.update(first, aCase("a", { createdAt: hour(1), stage: "dispatched", version: 2 }));
    expect(newest.publish()[0]?.stage).toBe("dispatched");
  });

  it("asks for a rescan when a case leaves a full list, and finds the one that moves up", () => {
    const all = [aCase("a", { createdAt: hour(1) }), aCase("b", { createdAt: hour(2) }), aCase("c", { createdAt: hour(3) })];
    const newest = new NewestCases(2);
    for (const summary of all) newest.update(undefined, summary);
    newest.update(all[2], undefined);
    expect(newest.needsRescan).toBe(true);
    newest.rescan(all.slice(0, 2));
    expect(ids(newest)).toEqual(["b", "a"]);
  });

  it("puts cases created at the same time in arrival order, as the full sort does", () => {
    const same = [aCase("first", { createdAt: hour(1) }), aCase("second", { createdAt: hour(1) })];
    const newest = new NewestCases(5);
    for (const summary of same) newest.update(undefined, summary);
    expect(ids(newest)).toEqual(newestCases(same, 5).map((summary) => summary.id));
  });
});

describe("StageTally", () => {
  it("counts the cases in each stage, follows stage changes and leaves absent stages out", () => {
    const tally = new StageTally();
    tally.update(undefined, aCase("a"));
    tally.update(undefined, aCase("b", { stage: "dispatched" }));
    tally.update(undefined, aCase("c", { stage: "dispatched" }));
    expect(tally.publish()).toEqual({ reported: 1, dispatched: 2 });
    tally.update(aCase("a"), aCase("a", { stage: "accepted", version: 2 }));
    tally.update(aCase("b", { stage: "dispatched" }), undefined);
    expect(tally.publish()).toEqual({ accepted: 1, dispatched: 1 });
  });
});
