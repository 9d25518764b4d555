import { describe, expect, it } from "vitest";
import { breachResponse, clockSettled, deadlineOf, type ClockFacts } from "@/lib/domain/sla/sla-clocks";

const sla = { signForMinutes: 30, arriveMinutes: 120, resolveMinutes: 480 };
const start = new Date("2026-11-23T01:00:00Z");
const waiting: ClockFacts = { stage: "dispatched", assigneeId: "W1", signedForAt: null, arrivedAt: null, resolvedAt: null };

describe("SLA clocks", () => {
  it("puts each deadline the catalogue's minutes after its start", () => {
    expect(deadlineOf("sign_for", sla, start).toISOString()).toBe("2026-11-23T01:30:00.000Z");
    expect(deadlineOf("resolve", sla, start).toISOString()).toBe("2026-11-23T09:00:00.000Z");
    expect(deadlineOf("arrive", sla, start, 1_000).getTime() - start.getTime()).toBe(120_000);
  });

  it("keeps a sign-for clock running only while the same worker has not signed", () => {
    const started = { assigneeId: "W1", startedAt: start };
    expect(clockSettled("sign_for", waiting, started)).toBe(false);
    expect(clockSettled("sign_for", { ...waiting, stage: "in_progress", signedForAt: start }, started)).toBe(true);
    expect(clockSettled("sign_for", { ...waiting, assigneeId: "W2" }, started)).toBe(true);
    expect(clockSettled("sign_for", { ...waiting, stage: "cancelled" }, started)).toBe(true);
  });

  it("settles an arrive clock on arrival and a resolve clock on a resolution after its start", () => {
    const inHand = { ...waiting, stage: "in_progress" as const, signedForAt: start };
    expect(clockSettled("arrive", inHand, { assigneeId: "W1", startedAt: start })).toBe(false);
    expect(clockSettled("arrive", { ...inHand, arrivedAt: start }, { assigneeId: "W1", startedAt: start })).toBe(true);
    const reopenedAt = new Date(start.getTime() + 3_600_000);
    // Resolved before the case was reopened: the fresh resolve clock still waits.
    expect(clockSettled("resolve", { ...inHand, resolvedAt: start }, { assigneeId: null, startedAt: reopenedAt })).toBe(false);
  });

  it("does not let a step of an earlier round settle the clocks of a reopened or reassigned case", () => {
    const earlier = new Date(start.getTime() - 3_600_000);
    const redispatched = { ...waiting, signedForAt: earlier, arrivedAt: earlier, resolvedAt: earlier };
    expect(clockSettled("sign_for", redispatched, { assigneeId: "W1", startedAt: start })).toBe(false);
    const signedAgain = { ...redispatched, stage: "in_progress" as const, signedForAt: start };
    expect(clockSettled("arrive", signedAgain, { assigneeId: "W1", startedAt: start })).toBe(false);
    const later = new Date(start.getTime() + 60_000);
    expect(clockSettled("arrive", { ...signedAgain, arrivedAt: later }, { assigneeId: "W1", startedAt: start })).toBe(true);
  });

  it("reassigns on the first missed sign-for and escalates after that, and for every other clock", () => {
    expect(breachResponse("sign_for", 0)).toBe("reassign");
    expect(breachResponse("sign_for", 1)).toBe("escalate");
    expect(breachResponse("arrive", 0)).toBe("escalate");
    expect(breachResponse("resolve", 0)).toBe("escalate");
  });
});
