import { describe, expect, it } from "vitest";
import { initialMyTasks, reduceMyTasks, type MyTasksState, type TaskOwner } from "@/app/m/_tasks/my-tasks-reducer";
import type { CaseSummary, MyTask, MyTasksResponse } from "@/lib/contracts";
import { aCase } from "../live/live-fixtures";

const me: TaskOwner = { workerId: "W0001" };
const mine = (id: string, overrides: Partial<CaseSummary> = {}) => aCase(id, { stage: "dispatched", assigneeId: "W0001", version: 2, ...overrides });
const task = (summary: CaseSummary, distanceM: number): MyTask => ({
  case: summary,
  distanceM,
  deadline: { step: "sign_for", dueAt: "2025-07-01T08:30:00.000Z" },
  overdue: false,
  arrivedAt: null,
});
const response = (...tasks: MyTask[]): MyTasksResponse => ({ scope: "worker", origin: { lat: 31.23, lng: 121.47, source: "device" }, tasks });
const loaded = (...tasks: MyTask[]): MyTasksState => reduceMyTasks(initialMyTasks, { type: "loaded", response: response(...tasks) });
const ids = (state: MyTasksState) => state.response?.tasks.map((t) => t.case.id);

describe("reduceMyTasks", () => {
  it("updates a task in place from a newer version and ignores older or repeated ones", () => {
    const state = loaded(task(mine("a"), 100), task(mine("b"), 300));
    const signed = reduceMyTasks(state, { type: "case-changed", summary: mine("a", { stage: "in_progress", version: 3 }), owner: me });
    expect(signed.response?.tasks[0]).toMatchObject({ case: { stage: "in_progress" }, distanceM: 100 });
    // A new step has a new deadline: the list is reloaded to learn it.
    expect(signed.stale).toBe(true);
    expect(reduceMyTasks(signed, { type: "case-changed", summary: mine("a", { version: 2 }), owner: me })).toBe(signed);
    expect(reduceMyTasks(signed, { type: "case-changed", summary: mine("a", { stage: "in_progress", version: 3 }), owner: me })).toBe(signed);
  });

  it("drops a task that is resolved or no longer assigned to the worker", () => {
    const state = loaded(task(mine("a"), 100), task(mine("b"), 300));
    const resolved = reduceMyTasks(state, { type: "case-changed", summary: mine("a", { stage: "resolved", version: 5 }), owner: me });
    expect(ids(resolved)).toEqual(["b"]);
    const reassigned = reduceMyTasks(resolved, { type: "case-changed", summary: mine("b", { assigneeId: "W0002", version: 3 }), owner: me });
    expect(ids(reassigned)).toEqual([]);
  });

  it("adds a newly dispatched task where it is near, with its distance, and asks for its deadline", () => {
    const state = loaded(task(mine("far"), 5_000));
    const added = reduceMyTasks(state, { type: "case-changed", summary: mine("here", { lat: 31.2301, lng: 121.47 }), owner: me });
    expect(ids(added)).toEqual(["here", "far"]);
    expect(added.response?.tasks[0]?.distanceM).toBe(11);
    expect(added.response?.tasks[0]?.deadline).toBeNull();
    expect(added.stale).toBe(true);
    expect(reduceMyTasks(state, { type: "case-changed", summary: aCase("other", { stage: "dispatched", assigneeId: "W0009", version: 2 }), owner: me })).toEqual(state);
  });

  it("follows a department's open cases for its staff", () => {
    const water: TaskOwner = { department: "water" };
    const state = loaded();
    const added = reduceMyTasks(state, { type: "case-changed", summary: aCase("w", { department: "water", stage: "accepted", version: 1 }), owner: water });
    expect(ids(added)).toEqual(["w"]);
    const closed = reduceMyTasks(added, { type: "case-changed", summary: aCase("w", { department: "water", stage: "closed", version: 4 }), owner: water });
    expect(ids(closed)).toEqual([]);
  });

  it("reloads again when a change arrives while a reload is under way, which may have read the case before it", () => {
    const fetching = reduceMyTasks(loaded(task(mine("a"), 100)), { type: "load-started" });
    expect(fetching.stale).toBe(false);
    const changed = reduceMyTasks(fetching, { type: "case-changed", summary: mine("a", { version: 3 }), owner: me });
    const done = reduceMyTasks(changed, { type: "loaded", response: response(task(mine("a"), 100)) });
    expect(done).toMatchObject({ fetching: false, stale: true });
  });

  it("keeps the list it has when a reload fails, and shows the failure only when it has none", () => {
    const state = reduceMyTasks(loaded(task(mine("a"), 100)), { type: "load-started" });
    expect(reduceMyTasks(state, { type: "failed" })).toMatchObject({ status: "ready", fetching: false });
    expect(reduceMyTasks(initialMyTasks, { type: "failed" }).status).toBe("failed");
  });
});
