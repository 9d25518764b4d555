import { describe, expect, it } from "vitest";
import { forEachCaseId } from "@/scripts/bench/load/frame-screen";

const frameOf = (deltas: unknown[]) => Buffer.from(`42${JSON.stringify(["deltas", deltas])}`);

describe("forEachCaseId", () => {
  it("finds every case delta of a frame, in order, and nothing of worker deltas", () => {
    const frame = frameOf([
      { kind: "case", case: { id: "c-1", stage: "accepted", description: "井盖缺失" }, seq: 1 },
      { kind: "worker", worker: { id: "w-1", name: "张三" }, seq: 2 },
      { seq: 3, kind: "case", case: { id: "c-2", stage: "dispatched" } },
    ]);
    const ids: string[] = [];
    forEachCaseId(frame, (id) => ids.push(id));
    expect(ids).toEqual(["c-1", "c-2"]);
  });

  it("finds none in a frame without cases", () => {
    const ids: string[] = [];
    forEachCaseId(frameOf([]), (id) => ids.push(id));
    expect(ids).toEqual([]);
  });
});
