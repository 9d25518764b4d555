import { describe, expect, it } from "vitest";
import { decideSlaCheck, type CheckedCaseFacts } from "@/lib/domain/sla/decide-sla-check";

const sla = { signForMinutes: 30, arriveMinutes: 120, resolveMinutes: 480 };
const startedAt = new Date("2026-11-23T01:00:00Z");
const check = { caseId: "c1", clock: "sign_for" as const, startedAt, assigneeId: "W1" };
const unsigned: CheckedCaseFacts = {
  category: "garbage_pileup",
  stage: "dispatched",
  assigneeId: "W1",
  signedForAt: null,
  arrivedAt: null,
  resolvedAt: null,
  earlierSignForMisses: 0,
  breachRecorded: false,
};
const dueAt = new Date("2026-11-23T01:30:00Z");

describe("decideSlaCheck", () => {
  it("takes back a first missed sign-for and escalates a later one", () => {
    expect(decideSlaCheck(check, unsigned, sla, 60_000)).toEqual({ outcome: "breached", response: "reassign", dueAt });
    expect(decideSlaCheck(check, { ...unsigned, earlierSignForMisses: 1 }, sla, 60_000)).toEqual({ outcome: "breached", response: "escalate", dueAt });
  });

  it("escalates a missed arrival whatever came before", () => {
    const arrive = { ...check, clock: "arrive" as const };
    const inHand = { ...unsigned, stage: "in_progress" as const, signedForAt: startedAt };
    expect(decideSlaCheck(arrive, inHand, sla, 60_000)).toMatchObject({ outcome: "breached", response: "escalate" });
  });

  it("leaves a signed task, an unknown case and an unknown category alone", () => {
    expect(decideSlaCheck(check, { ...unsigned, stage: "in_progress", signedForAt: dueAt }, sla, 60_000)).toEqual({ outcome: "settled" });
    expect(decideSlaCheck(check, undefined, sla, 60_000)).toEqual({ outcome: "settled" });
    expect(decideSlaCheck(check, unsigned, undefined, 60_000)).toEqual({ outcome: "settled" });
  });

  it("decides a retried check as the first run did: a task it already took back is still to be dispatched again", () => {
    const recalled = { ...unsigned, stage: "accepted" as const, breachRecorded: true };
    expect(decideSlaCheck(check, recalled, sla, 60_000)).toEqual({ outcome: "breached", response: "reassign", dueAt });
    // Recalled by a dispatcher before the deadline, with no breach stored: nothing to do.
    expect(decideSlaCheck(check, { ...recalled, breachRecorded: false }, sla, 60_000)).toEqual({ outcome: "settled" });
    // Already dispatched again to someone else: done.
    expect(decideSlaCheck(check, { ...unsigned, assigneeId: "W2", breachRecorded: true }, sla, 60_000)).toEqual({ outcome: "settled" });
  });
});
