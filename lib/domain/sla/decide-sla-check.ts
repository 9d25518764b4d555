import type { Sla } from "@/lib/contracts/catalogue";
import { breachResponse, clockSettled, deadlineOf, type ClockFacts, type SlaClock } from "./sla-clocks";

export interface ClockCheck {
  caseId: string;
  clock: SlaClock;
  startedAt: Date;
  assigneeId: string | null;
}

/** A case as a check at its deadline reads it, with what is stored of this clock's breaches. */
export interface CheckedCaseFacts extends ClockFacts {
  category: string;
  /** Missed sign-for deadlines of this case other than the one started at the check's start. */
  earlierSignForMisses: number;
  /** This very clock's breach is already stored: the check ran before and is being retried. */
  breachRecorded: boolean;
}

export type SlaDecision = { outcome: "settled" } | { outcome: "breached"; response: "reassign" | "escalate"; dueAt: Date };

const settled: SlaDecision = { outcome: "settled" };

/**
 * What one clock check at its deadline decides, from the facts read for its whole batch. A retried
 * check decides as the first run did: breaches of this same start are not counted among the earlier
 * ones, and a task this check already recalled (back to awaiting dispatch, still naming the worker
 * who let it lapse) is still to be dispatched again, though its clock reads as settled by then.
 */
export function decideSlaCheck(check: ClockCheck, facts: CheckedCaseFacts | undefined, sla: Sla | undefined, minuteMs: number): SlaDecision {
  if (!facts || !sla) return settled;
  const recalledByThisCheck =
    check.clock === "sign_for" && facts.breachRecorded && facts.stage === "accepted" && facts.assigneeId === check.assigneeId;
  if (!recalledByThisCheck && clockSettled(check.clock, facts, { assigneeId: check.assigneeId, startedAt: check.startedAt })) return settled;
  const earlier = check.clock === "sign_for" ? facts.earlierSignForMisses : 0;
  return { outcome: "breached", response: breachResponse(check.clock, earlier), dueAt: deadlineOf(check.clock, sla, check.startedAt, minuteMs) };
}
