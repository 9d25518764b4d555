import { describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/contracts";
import { dueSteps, nextVisit, reconcileTasks, type FieldTask, type TaskPlanner } from "@/scripts/simulator/model/field-tasks";

const summary = (id: string, overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  id,
  code: `C-${id}`,
  category: "garbage_pileup",
  channel: "resident_app",
  priority: "normal",
  stage: "dispatched",
  description: "垃圾堆积",
  lat: 31.23,
  lng: 121.47,
  gridCell: "8931aa",
  district: 310101,
  locationApproximate: false,
  department: "greening_sanitation",
  assigneeId: "W0100",
  assigneeName: "王",
  createdAt: "2026-03-01T08:00:00.000Z",
  dispatchedAt: "2026-03-01T08:00:01.000Z",
  overdue: false,
  escalated: false,
  satisfied: null,
  version: 3,
  ...overrides,
});

const planner: TaskPlanner = {
  isSimulated: (workerId) => workerId !== "W0001",
  signAt: () => 5_000,
  resolveDueAt: () => 99_000,
};

const task = (caseId: string, overrides: Partial<FieldTask> = {}): FieldTask => ({
  caseId,
  workerId: "W0100",
  version: 3,
  priority: "normal",
  location: { lat: 31.23, lng: 121.47 },
  resolveDueAt: 99_000,
  step: { kind: "visit" },
  touchedAt: 0,
  ...overrides,
});

describe("reconciling the crew's tasks with the desk's view", () => {
  it("turns a case dispatched to a simulated worker into a task to sign for, and leaves the demo's own workers alone", () => {
    const tasks = reconcileTasks(new Map(), { cases: [summary("a"), summary("b", { assigneeId: "W0001" })], startedAt: 1_000 }, planner);
    expect([...tasks.keys()]).toEqual(["a"]);
    expect(tasks.get("a")).toMatchObject({ workerId: "W0100", version: 3, step: { kind: "sign", at: 5_000 }, resolveDueAt: 99_000 });
  });

  it("takes a case found already signed for as a task to visit", () => {
    const tasks = reconcileTasks(new Map(), { cases: [summary("a", { stage: "in_progress" })], startedAt: 1_000 }, planner);
    expect(tasks.get("a")?.step).toEqual({ kind: "visit" });
  });

  it("keeps a known task's step, taking only a newer version", () => {
    const known = new Map([["a", task("a", { version: 5, step: { kind: "travel" } })]]);
    expect(reconcileTasks(known, { cases: [summary("a", { version: 4 })], startedAt: 1_000 }, planner).get("a")).toEqual(known.get("a"));
    expect(reconcileTasks(known, { cases: [summary("a", { stage: "in_progress", version: 7 })], startedAt: 1_000 }, planner).get("a")).toMatchObject({
      version: 7,
      step: { kind: "travel" },
    });
  });

  it("drops a task whose case was recalled, resolved or given to someone else, unless the simulator moved it after the look began", () => {
    const known = new Map([
      ["gone", task("gone", { touchedAt: 500 })],
      ["fresh", task("fresh", { touchedAt: 1_500 })],
      ["moved", task("moved", { touchedAt: 500 })],
    ]);
    const tasks = reconcileTasks(known, { cases: [summary("moved", { assigneeId: "W0200", version: 6 })], startedAt: 1_000 }, planner);
    expect([...tasks.keys()].sort()).toEqual(["fresh", "moved"]);
    expect(tasks.get("moved")).toMatchObject({ workerId: "W0200", step: { kind: "sign" } });
  });

  it("ignores cases in stages a worker has nothing to do in", () => {
    const tasks = reconcileTasks(new Map(), { cases: [summary("a", { stage: "resolved" }), summary("b", { stage: "rated" })], startedAt: 1_000 }, planner);
    expect(tasks.size).toBe(0);
  });
});

describe("which task a worker visits next", () => {
  const here = { lat: 31.23, lng: 121.47 };
  const near = { lat: 31.231, lng: 121.47 };
  const far = { lat: 31.25, lng: 121.47 };

  it("goes to the most urgent first, then the nearest", () => {
    const tasks = [task("far-urgent", { location: far, priority: "urgent" }), task("near", { location: near }), task("far", { location: far })];
    expect(nextVisit(tasks, here)?.caseId).toBe("far-urgent");
    expect(nextVisit(tasks.slice(1), here)?.caseId).toBe("near");
  });

  it("stays put while on the way or on site, and without anything signed for", () => {
    expect(nextVisit([task("a"), task("b", { step: { kind: "handle", until: 9 } })], here)).toBeNull();
    expect(nextVisit([task("a"), task("b", { step: { kind: "travel" } })], here)).toBeNull();
    expect(nextVisit([task("a", { step: { kind: "sign", at: 9 } })], here)).toBeNull();
  });
});

describe("due steps", () => {
  it("lists sign-fors and resolutions whose time has come", () => {
    const tasks = [
      task("sign-now", { step: { kind: "sign", at: 100 } }),
      task("sign-later", { step: { kind: "sign", at: 101 } }),
      task("done", { step: { kind: "handle", until: 50 } }),
      task("travel", { step: { kind: "travel" } }),
    ];
    const due = dueSteps(tasks, 100);
    expect(due.sign.map((t) => t.caseId)).toEqual(["sign-now"]);
    expect(due.resolve.map((t) => t.caseId)).toEqual(["done"]);
  });
});
