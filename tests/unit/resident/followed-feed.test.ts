import { describe, expect, it } from "vitest";
import type { Stage } from "@/lib/contracts/stage";
import { followedFeed } from "@/lib/domain/notifications/followed-feed";
import type { NoticeSource } from "@/lib/domain/notifications/resident-notice";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 2, minute)).toISOString();
const step = (minute: number, action: string, toStage: Stage | null, detail: Record<string, unknown> = {}): NoticeSource => ({ at: at(minute), action, toStage, detail });

describe("the feed of a report merged into another case", () => {
  // The kept case A, reported first; the duplicate B, merged into A at minute 10.
  const kept = [
    step(0, "report", "reported"),
    step(1, "accept", "accepted"),
    step(2, "dispatch", "dispatched"),
    step(10, "merge_in", "dispatched", { mergedCase: "b" }),
    step(12, "sign_for", "in_progress"),
    step(14, "resolve", "resolved", { result: "已清运" }),
    step(15, "rate", "rated", { rating: "satisfied" }),
    step(16, "close", "closed"),
  ];
  const duplicate = [step(5, "report", "reported"), step(6, "accept", "accepted"), step(10, "merge", "merged", { mergeInto: "a" })];

  it("is the report's own feed when nothing carries it on", () => {
    expect(followedFeed([duplicate]).map((f) => f.key)).toEqual(["received", "accepted", "merged"]);
    expect(followedFeed([kept]).map((f) => f.key)).toEqual(["received", "accepted", "dispatched", "signed_for", "resolved", "rated", "closed"]);
  });

  it("goes on with the kept case's steps after the merge, leaving out the other reporter's rating", () => {
    const feed = followedFeed([duplicate, kept]);
    expect(feed.map((f) => f.key)).toEqual(["received", "accepted", "merged", "signed_for", "resolved", "closed"]);
    expect(feed.map((f) => f.at)).toEqual([at(5), at(6), at(10), at(12), at(14), at(16)]);
  });

  it("still tells a reopening after the kept case's reporter was unsatisfied", () => {
    const reopened = [...kept.slice(0, 6), step(15, "rate", "reopened", { rating: "unsatisfied" })];
    expect(followedFeed([duplicate, reopened]).map((f) => f.key)).toEqual(["received", "accepted", "merged", "signed_for", "resolved", "reopened"]);
  });

  it("follows a chain of merges, each case from the moment the previous one joined it", () => {
    const middle = [step(3, "report", "reported"), step(4, "accept", "accepted"), step(10, "merge_in", "accepted"), step(20, "merge", "merged")];
    const last = [step(1, "report", "reported"), step(2, "accept", "accepted"), step(18, "dispatch", "dispatched"), step(20, "merge_in", "dispatched"), step(22, "sign_for", "in_progress")];
    expect(followedFeed([duplicate, middle, last]).map((f) => f.key)).toEqual(["received", "accepted", "merged", "merged", "signed_for"]);
  });
});
