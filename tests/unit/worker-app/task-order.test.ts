import { describe, expect, it } from "vitest";
import type { Sla } from "@/lib/contracts/catalogue";
import { nearestFirst } from "@/lib/domain/tasks/nearest-first";
import { hasArrived, nextDeadline, type TaskTimes } from "@/lib/domain/tasks/task-deadline";

const sla: Sla = { signForMinutes: 10, arriveMinutes: 30, resolveMinutes: 240 };
const t0 = new Date("2026-07-01T02:00:00Z");
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const times = (overrides: Partial<TaskTimes>): TaskTimes => ({
  stage: "dispatched",
  createdAt: t0,
  dispatchedAt: plus(1),
  signedForAt: null,
  arrivedAt: null,
  reopenedAt: null,
  ...overrides,
});

describe("nextDeadline", () => {
  it("waits for signing for from dispatch, arrival from signing for, resolution from acceptance", () => {
    expect(nextDeadline(times({}), sla, 60_000)).toEqual({ step: "sign_for", dueAt: plus(11) });
    expect(nextDeadline(times({ stage: "in_progress", signedForAt: plus(5) }), sla, 60_000)).toEqual({ step: "arrive", dueAt: plus(35) });
    expect(nextDeadline(times({ stage: "in_progress", signedForAt: plus(5), arrivedAt: plus(20) }), sla, 60_000)).toEqual({
      step: "resolve",
      dueAt: plus(240),
    });
  });

  it("restarts the resolve clock at the latest reopening, and honours a shortened SLA minute", () => {
    expect(nextDeadline(times({ stage: "reopened", reopenedAt: plus(600) }), sla, 60_000)).toEqual({ step: "resolve", dueAt: plus(840) });
    expect(nextDeadline(times({}), sla, 1_000)?.dueAt).toEqual(new Date(plus(1).getTime() + 10_000));
  });

  it("has no deadline for a finished case", () => {
    expect(nextDeadline(times({ stage: "resolved" }), sla, 60_000)).toBeNull();
  });

  it("does not count an arrival made before the current sign-for (another assignee's)", () => {
    expect(hasArrived({ signedForAt: plus(50), arrivedAt: plus(20) })).toBe(false);
    expect(hasArrived({ signedForAt: plus(5), arrivedAt: plus(20) })).toBe(true);
    expect(nextDeadline(times({ stage: "in_progress", signedForAt: plus(50), arrivedAt: plus(20) }), sla, 60_000)?.step).toBe("arrive");
  });
});

describe("nearestFirst", () => {
  const origin = { lat: 31.2304, lng: 121.4737 };
  const near = { id: "near", lat: 31.2314, lng: 121.4737, dueAt: 5 };
  const far = { id: "far", lat: 31.2504, lng: 121.4737, dueAt: 1 };
  const sameSpotLater = { id: "later", lat: 31.2314, lng: 121.4737, dueAt: 9 };

  it("orders by straight-line distance, then by the sooner deadline", () => {
    const ordered = nearestFirst([far, sameSpotLater, near], origin);
    expect(ordered.map((t) => t.id)).toEqual(["near", "later", "far"]);
    expect(ordered[0]!.distanceM).toBeGreaterThan(100);
    expect(ordered[0]!.distanceM).toBeLessThan(120);
    expect(ordered[2]!.distanceM).toBeGreaterThan(2_200);
  });

  it("puts a case not yet placed after every placed one, with no distance", () => {
    const unplaced = { id: "unplaced", lat: null, lng: null, dueAt: 0 };
    const ordered = nearestFirst([unplaced, far, near], origin);
    expect(ordered.map((t) => [t.id, t.distanceM === null])).toEqual([["near", false], ["far", false], ["unplaced", true]]);
  });

  it("without a position, puts the soonest due first and gives no distance", () => {
    const ordered = nearestFirst([near, { ...far, dueAt: null }, far], null);
    expect(ordered.map((t) => [t.id, t.distanceM])).toEqual([["far", null], ["near", null], ["far", null]]);
    expect(ordered[2]!.dueAt).toBeNull();
  });
});
