import { describe, expect, it } from "vitest";
import { mergeQueue } from "@/app/dispatch/_console/merge-queue";
import { defaultQueueFilter, matchesFilter, queueUrl, type QueueFilter } from "@/app/dispatch/_console/queue-filter";
import { caseQuerySchema } from "@/lib/contracts/case-query";
import { aCase } from "../live/live-fixtures";

const at = (minute: number) => `2026-07-01T08:${String(minute).padStart(2, "0")}:00.000Z`;
const open: QueueFilter = defaultQueueFilter;

describe("matchesFilter", () => {
  it("applies every filter the server applies", () => {
    const summary = aCase("a", { stage: "dispatched", overdue: true, department: "water", district: 310101, category: "road_waterlogging" });
    expect(matchesFilter(summary, open)).toBe(true);
    expect(matchesFilter(summary, { ...open, stageView: "waiting" })).toBe(false);
    expect(matchesFilter(summary, { ...open, stageView: "all", overdueOnly: true })).toBe(true);
    expect(matchesFilter({ ...summary, overdue: false }, { ...open, overdueOnly: true })).toBe(false);
    expect(matchesFilter(summary, { ...open, department: "police" })).toBe(false);
    expect(matchesFilter(summary, { ...open, district: 310104 })).toBe(false);
    expect(matchesFilter(summary, { ...open, category: "road_waterlogging" })).toBe(true);
    expect(matchesFilter({ ...summary, stage: "closed" }, open)).toBe(false);
  });
});

describe("queueUrl", () => {
  it("asks the server for exactly the console's filter, in a query the server's contract reads back", () => {
    const url = queueUrl({ stageView: "waiting", overdueOnly: true, department: "water", district: 310101, category: "sewage_overflow" }, { limit: 50, before: "x" });
    const params = Object.fromEntries(new URL(url, "http://desk").searchParams);
    expect(params).toEqual({ stage: "reported,accepted,reopened", overdue: "true", department: "water", district: "310101", category: "sewage_overflow", limit: "50", before: "x" });
    const parsed = caseQuerySchema.parse(Object.fromEntries(new URL(queueUrl({ ...open, stageView: "open" }, { limit: 20 }), "http://desk").searchParams));
    expect(parsed).toMatchObject({ stage: ["reported", "accepted", "dispatched", "in_progress", "reopened"], limit: 20 });
    expect(new URL(queueUrl({ ...open, stageView: "all" }, { limit: 20 }), "http://desk").searchParams.has("stage")).toBe(false);
  });
});

describe("mergeQueue", () => {
  const listed = [aCase("b", { createdAt: at(20), stage: "accepted" }), aCase("a", { createdAt: at(10), stage: "accepted" })];

  it("shows each listed case at its newest live version and drops one that left the filter", () => {
    const live = new Map([
      ["a", aCase("a", { createdAt: at(10), stage: "dispatched", version: 3 })],
      ["b", aCase("b", { createdAt: at(20), stage: "closed", version: 5 })],
    ]);
    const shown = mergeQueue(listed, live, open, false);
    expect(shown.map((s) => [s.id, s.stage])).toEqual([["a", "dispatched"]]);
  });

  it("ignores a live version older than the listed one", () => {
    const live = new Map([["a", aCase("a", { createdAt: at(10), stage: "reported", version: 0 })]]);
    expect(mergeQueue([aCase("a", { createdAt: at(10), stage: "accepted", version: 2 })], live, open, true)[0]!.stage).toBe("accepted");
  });

  it("adds matching live cases newest first, but none older than the loaded pages while more pages exist", () => {
    const live = new Map([
      ["new", aCase("new", { createdAt: at(30), stage: "accepted" })],
      ["old", aCase("old", { createdAt: at(5), stage: "accepted" })],
      ["other", aCase("other", { createdAt: at(40), stage: "accepted", category: "noise" })],
    ]);
    const filter = { ...open, category: "road_damage" };
    expect(mergeQueue(listed, live, filter, false).map((s) => s.id)).toEqual(["new", "b", "a"]);
    expect(mergeQueue(listed, live, filter, true).map((s) => s.id)).toEqual(["new", "b", "a", "old"]);
  });
});
