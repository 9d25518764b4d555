import { describe, expect, it } from "vitest";
import { decide, type Actor, type CaseFacts } from "@/lib/domain/cases/case-rules";

const facts: CaseFacts = { stage: "dispatched", assigneeId: "W0001", department: "water", reporterId: "u-resident" };
const worker: Actor = { role: "grid_worker", id: "u-w1", workerId: "W0001" };
const otherWorker: Actor = { role: "grid_worker", id: "u-w2", workerId: "W0002" };
const dispatcher: Actor = { role: "dispatcher", id: "u-d" };
const resident: Actor = { role: "resident", id: "u-resident" };

describe("decide", () => {
  it("lets the assigned worker sign for the task, moving it to 处置", () => {
    expect(decide({ action: "sign_for" }, facts, worker)).toEqual({ ok: true, to: "in_progress", milestone: false });
  });

  it("refuses a worker acting on someone else's task", () => {
    expect(decide({ action: "sign_for" }, facts, otherWorker)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses a move from the wrong stage", () => {
    expect(decide({ action: "resolve" }, facts, worker)).toMatchObject({ ok: false, code: "wrong_stage" });
  });

  it("lets the desk place a case waiting in the pool, with its location, keeping the stage", () => {
    const waiting = { ...facts, stage: "accepted" as const, assigneeId: null };
    const here = { lat: 31.23, lng: 121.47 };
    expect(decide({ action: "locate", location: here }, waiting, dispatcher)).toEqual({ ok: true, to: "accepted", milestone: true });
    expect(decide({ action: "locate" }, waiting, dispatcher)).toMatchObject({ ok: false, code: "location_required" });
    expect(decide({ action: "locate", location: here }, waiting, worker)).toMatchObject({ ok: false, code: "forbidden" });
    expect(decide({ action: "locate", location: here }, facts, dispatcher)).toMatchObject({ ok: false, code: "wrong_stage" });
  });

  it("keeps the stage for a milestone such as arrival", () => {
    expect(decide({ action: "arrive" }, { ...facts, stage: "in_progress" }, worker)).toEqual({
      ok: true,
      to: "in_progress",
      milestone: true,
    });
  });

  it("needs a reason to reject, cancel, reassign or reopen", () => {
    for (const action of ["cancel", "reassign"] as const) {
      expect(decide({ action }, facts, dispatcher)).toMatchObject({ ok: false, code: "reason_required" });
      expect(decide({ action, reason: "重复上报" }, facts, dispatcher)).toMatchObject({ ok: true });
    }
    expect(decide({ action: "reject", reason: " " }, { ...facts, stage: "reported" }, dispatcher)).toMatchObject({
      code: "reason_required",
    });
  });

  it("lets only the reporter rate, and 不满意 reopens the case", () => {
    const resolved = { ...facts, stage: "resolved" as const };
    expect(decide({ action: "rate", rating: "satisfied" }, resolved, resident)).toMatchObject({ ok: true, to: "rated" });
    expect(decide({ action: "rate", rating: "unsatisfied" }, resolved, resident)).toMatchObject({ ok: true, to: "reopened" });
    expect(decide({ action: "rate", rating: "satisfied" }, resolved, { role: "resident", id: "someone-else" })).toMatchObject({
      code: "forbidden",
    });
    expect(decide({ action: "rate" }, resolved, resident)).toMatchObject({ code: "rating_required" });
  });

  it("scopes department staff to their own department", () => {
    const staff: Actor = { role: "department_staff", id: "u-s", department: "water" };
    expect(decide({ action: "sign_for" }, facts, staff)).toMatchObject({ ok: true });
    expect(decide({ action: "sign_for" }, facts, { ...staff, department: "police" })).toMatchObject({ code: "forbidden" });
  });

  it("gives leaders a view but no moves", () => {
    expect(decide({ action: "close" }, { ...facts, stage: "rated" }, { role: "leader", id: "u-l" })).toMatchObject({
      code: "forbidden",
    });
  });
});
