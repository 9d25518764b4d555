import { describe, expect, it } from "vitest";
import { WorkerIndex, type IndexedWorker, type WorkerIndexPolicy } from "@/lib/domain/dispatch/worker-index";
import {
  chooseWorkers,
  releaseChoices,
  settleIntakeCase,
  slotsAsked,
  summaryOfIntakeCase,
  type IntakeDispatchRules,
} from "@/lib/domain/intake/decide-intake";
import { openCase, type OpenedCase } from "@/lib/domain/intake/open-case";

const NOW = new Date("2026-12-06T03:00:00.000Z");
const policy: WorkerIndexPolicy = { roadFactor: 1.3, ownGridAdvantageMeters: 0, searchKm: 5, staleAfterMs: 600_000 };
const categories: Record<string, { skills: string[]; autoDispatch: boolean }> = {
  drain: { skills: ["drainage"], autoDispatch: true },
  other: { skills: [], autoDispatch: false },
};
const rules: IntakeDispatchRules = { categoryOf: (code) => categories[code], nowMs: NOW.getTime(), keepRanked: 3 };

function worker(id: string, lngOffset: number, overrides: Partial<IndexedWorker> = {}): IndexedWorker {
  return { id, lat: 31.2, lng: 121.4 + lngOffset, onDuty: true, skills: ["drainage"], load: 0, maxLoad: 1, gridCell: "g1", fixAtMs: NOW.getTime(), ...overrides };
}

function opened(n: number, category = "drain", overrides: { approximate?: boolean; unplaced?: boolean } = {}) {
  return openCase({
    caseId: `case-${n}`,
    code: `C-${n}`,
    eventId: `event-${n}`,
    channel: "resident_app",
    description: "积水",
    located: overrides.unplaced
      ? null
      : { location: { lat: 31.2, lng: 121.4 }, place: { gridCell: "g1", district: 310101 }, by: overrides.approximate ? "address" : "report" },
    category: { code: category, nameZh: "积水", department: "water", priority: "normal" },
    now: NOW,
  });
}

const casesOf = (...items: { case: OpenedCase }[]) => items.map((i) => i.case);

describe("an intake batch decided in memory", () => {
  it("gives each case the nearest eligible worker, counting the slots given to the cases before it", () => {
    const index = WorkerIndex.of([worker("near", 0.001), worker("far", 0.01), worker("busy", 0, { load: 1 })], policy);
    const choices = chooseWorkers(casesOf(opened(1), opened(2), opened(3)), index, rules);
    expect(choices.get("case-1")).toMatchObject({ workerId: "near", reason: { chosen: "near", rule: "nearest-eligible" } });
    expect(choices.get("case-2")).toMatchObject({ workerId: "far" });
    // Both free workers hold a slot promised to this batch now: nobody is left for the third.
    expect(choices.has("case-3")).toBe(false);
  });

  it("leaves to the desk the cases auto-dispatch does not take", () => {
    const index = WorkerIndex.of([worker("a", 0.001, { maxLoad: 9 })], policy);
    const choices = chooseWorkers(casesOf(opened(1, "other"), opened(2, "drain", { approximate: true }), opened(3, "drain", { unplaced: true })), index, rules);
    expect(choices.size).toBe(0);
  });

  it("passes over workers the database refused, and gives the reserved slots back when told", () => {
    const index = WorkerIndex.of([worker("near", 0.001), worker("far", 0.01)], policy);
    const refusedNear = chooseWorkers(casesOf(opened(1)), index, rules, new Set(["near"]));
    expect(refusedNear.get("case-1")?.workerId).toBe("far");
    releaseChoices(index, refusedNear.values());
    expect(chooseWorkers(casesOf(opened(2)), index, rules).get("case-2")?.workerId).toBe("near");
  });

  it("asks each worker for as many slots as cases chose them, workers in id order", () => {
    const index = WorkerIndex.of([worker("b", 0.001, { maxLoad: 2 }), worker("a", 0.002)], policy);
    const choices = chooseWorkers(casesOf(opened(1), opened(2), opened(3)), index, rules);
    expect([...slotsAsked(choices.values())]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("stores a case with a worker already dispatched, its dispatch after the report and acceptance, at version 2", () => {
    const index = WorkerIndex.of([worker("near", 0.001)], policy);
    const open = opened(1);
    const choice = chooseWorkers(casesOf(open), index, rules).get("case-1")!;
    const settled = settleIntakeCase(open, choice);
    expect(settled.case).toMatchObject({ stage: "dispatched", assigneeId: "near", dispatchedAt: NOW, version: 2 });
    expect(settled.history.map((h) => [h.action, h.fromStage, h.toStage, h.actor])).toEqual([
      ["report", null, "reported", "channel:resident_app"],
      ["accept", "reported", "accepted", "system"],
      ["dispatch", "accepted", "dispatched", "system:auto-dispatch"],
    ]);
    expect(settled.history[2]!.detail).toEqual({ workerId: "near", travelMeters: choice.travelMeters, sameGrid: true });
    expect(summaryOfIntakeCase(settled.case, "张三")).toMatchObject({
      stage: "dispatched",
      assigneeId: "near",
      assigneeName: "张三",
      dispatchedAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
      version: 2,
      overdue: false,
    });
  });

  it("stores a case nobody could take accepted, as opened, at version 1", () => {
    const settled = settleIntakeCase(opened(1), null);
    expect(settled.case).toMatchObject({ stage: "accepted", assigneeId: null, dispatchedAt: null, version: 1 });
    expect(settled.history).toHaveLength(2);
    expect(summaryOfIntakeCase(settled.case, "ignored")).toMatchObject({ assigneeId: null, assigneeName: null, dispatchedAt: null, version: 1 });
  });
});
