import { describe, expect, it } from "vitest";
import { boundCases } from "@/app/_live/bound-cases";
import { CaseCollection } from "@/app/_live/case-collection";
import { kthSmallest } from "@/app/_live/kth-smallest";
import { aCase } from "./live-fixtures";

function collectionOf(count: number, prefix = "c"): CaseCollection {
  const edit = CaseCollection.empty.edit();
  for (let i = 0; i < count; i++) edit.set(aCase(`${prefix}${i}`));
  return edit.done();
}

describe("CaseCollection", () => {
  it("keeps arrival order like a Map: an update stays in place, a case deleted and added again goes last", () => {
    const edit = collectionOf(3).edit();
    edit.set(aCase("c1", { version: 2 }));
    edit.delete("c0");
    edit.set(aCase("c0", { version: 3 }));
    const cases = edit.done();
    expect([...cases.keys()]).toEqual(["c1", "c2", "c0"]);
    expect(cases.get("c1")?.version).toBe(2);
    expect(cases.size).toBe(3);
  });

  it("leaves the collection an edit started from as it was", () => {
    const before = collectionOf(1_000);
    const edit = before.edit();
    edit.set(aCase("c5", { version: 9 }));
    edit.set(aCase("new"));
    edit.delete("c7");
    const after = edit.done();
    expect(before.get("c5")?.version).toBe(1);
    expect(before.has("new")).toBe(false);
    expect(before.has("c7")).toBe(true);
    expect(before.size).toBe(1_000);
    expect(after.get("c5")?.version).toBe(9);
    expect(after.has("c7")).toBe(false);
    expect(after.size).toBe(1_000);
  });

  it("packs its slots again once more are empty than full, keeping order and contents", () => {
    let cases = collectionOf(3_000);
    for (let i = 0; i < 2_990; i++) {
      const edit = cases.edit();
      edit.delete(`c${i}`);
      cases = edit.done();
    }
    expect([...cases.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => `c${2_990 + i}`));
    const edit = cases.edit();
    edit.set(aCase("late"));
    expect([...edit.done().keys()].at(-1)).toBe("late");
  });
});

describe("boundCases", () => {
  const hour = (h: number) => `2025-07-01T${String(h).padStart(2, "0")}:00:00.000Z`;

  it("drops the oldest finished cases, then the oldest open ones, equal times in arrival order", () => {
    const edit = CaseCollection.empty.edit();
    edit.set(aCase("open-1", { createdAt: hour(1) }));
    edit.set(aCase("closed-5a", { stage: "closed", createdAt: hour(5) }));
    edit.set(aCase("closed-5b", { stage: "rated", createdAt: hour(5) }));
    edit.set(aCase("open-2", { createdAt: hour(2) }));
    edit.set(aCase("closed-9", { stage: "closed", createdAt: hour(9) }));
    const droppedIds = (max: number) => boundCases(edit, max).map((change) => change.previous?.id);
    expect(droppedIds(3)).toEqual(["closed-5a", "closed-5b"]);
    expect(droppedIds(1)).toEqual(["closed-9", "open-1"]);
    expect([...edit.done().keys()]).toEqual(["open-2"]);
  });

  it("once over a large limit, drops to 1 % below it, so the pass over every case is not taken each batch", () => {
    const edit = collectionOf(1_001).edit();
    expect(boundCases(edit, 1_000)).toHaveLength(11);
    expect(edit.size).toBe(990);
    edit.set(aCase("next"));
    expect(boundCases(edit, 1_000)).toEqual([]);
  });

  it("drops nothing within the limit", () => {
    const edit = collectionOf(5).edit();
    expect(boundCases(edit, 5)).toEqual([]);
  });
});

describe("kthSmallest", () => {
  it("finds the value at each rank, repeats included", () => {
    const values = [5, 3, 9, 3, 1, 7, 3, 8, 2, 6];
    const sorted = [...values].sort((a, b) => a - b);
    for (let k = 0; k < values.length; k++) expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
  });

  it("refuses a rank outside the values", () => {
    expect(() => kthSmallest(new Float64Array(2), 2)).toThrow(RangeError);
  });
});
