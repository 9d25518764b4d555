import { describe, expect, it } from "vitest";
import type { Delta } from "@/lib/contracts/delta";
import { deltaSchema } from "@/lib/contracts/delta";
import { forScreens, inFull, type CaseChange } from "@/lib/realtime/case-change";
import { maskCatchUp, maskDeltas } from "@/lib/realtime/mask-deltas";
import { aCase, aWorker } from "../live/live-fixtures";

const dispatched = aCase("c1", { stage: "dispatched", assigneeId: "W8", assigneeName: "李四", version: 2, description: "电话13812345678" });
const change: CaseChange = { kind: "case-change", case: dispatched, changed: ["stage", "assigneeId", "assigneeName"], formerAssigneeId: "W7" };

describe("a case change as screens and rooms get it", () => {
  it("reaches the wall screens as a patch of only the fields that changed, which the contract accepts", () => {
    const patch = forScreens(change);
    expect(patch).toEqual({ kind: "case-patch", id: "c1", version: 2, set: { stage: "dispatched", assigneeId: "W8", assigneeName: "李四" } });
    expect(deltaSchema.safeParse({ ...patch, seq: 1 }).success).toBe(true);
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(inFull(change)).length / 3);
  });

  it("reaches department and worker rooms whole, with the worker it was taken from", () => {
    expect(inFull(change)).toEqual({ kind: "case", case: dispatched, formerAssigneeId: "W7" });
  });

  it("passes deltas that are not changes through as they are", () => {
    const worker = { kind: "worker" as const, worker: aWorker("W8") };
    expect(forScreens(worker)).toBe(worker);
    expect(inFull(worker)).toBe(worker);
  });
});

describe("masking patches", () => {
  it("masks numbers in a patched description, as in a whole case", () => {
    const patch: Delta = { seq: 1, kind: "case-patch", id: "c1", version: 3, set: { description: "电话13812345678" } };
    const [masked] = maskDeltas([patch]);
    expect(masked).toEqual({ ...patch, set: { description: "电话138****5678" } });
    expect(maskCatchUp({ ok: true, deltas: [patch] })).toEqual({ ok: true, deltas: [masked] });
  });

  it("leaves a batch whose patches carry no text as the very array", () => {
    const deltas: Delta[] = [{ seq: 1, kind: "case-patch", id: "c1", version: 3, set: { stage: "dispatched" } }];
    expect(maskDeltas(deltas)).toBe(deltas);
  });
});
