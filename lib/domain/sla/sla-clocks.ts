import type { Sla } from "@/lib/contracts/catalogue";
import type { Stage } from "@/lib/contracts/stage";

/** 签收 from dispatch, 到场 from sign-for, 办结 from acceptance (or from reopening). */
export const slaClocks = ["sign_for", "arrive", "resolve"] as const;
export type SlaClock = (typeof slaClocks)[number];

const minutesOf: Record<SlaClock, (sla: Sla) => number> = {
  sign_for: (sla) => sla.signForMinutes,
  arrive: (sla) => sla.arriveMinutes,
  resolve: (sla) => sla.resolveMinutes,
};

/** `minuteMs` is 60,000 in real life; tests and time-compressed demos make an SLA minute shorter. */
export function deadlineOf(clock: SlaClock, sla: Sla, startedAt: Date, minuteMs = 60_000): Date {
  return new Date(startedAt.getTime() + minutesOf[clock](sla) * minuteMs);
}

export interface ClockFacts {
  stage: Stage;
  assigneeId: string | null;
  signedForAt: Date | null;
  arrivedAt: Date | null;
  resolvedAt: Date | null;
}

const finished: readonly Stage[] = ["resolved", "rated", "closed", "rejected", "merged", "cancelled"];

/**
 * Whether the step a clock waits for has happened (or no longer can: the case moved on, or the
 * worker the clock was started for no longer holds it). Only a clock still waiting can be breached.
 * A step counts only when taken since the clock started: a reopened or reassigned case keeps the
 * times of the earlier round, which must not settle the fresh clocks.
 */
export function clockSettled(clock: SlaClock, facts: ClockFacts, startedFor: { assigneeId: string | null; startedAt: Date }): boolean {
  if (finished.includes(facts.stage)) return true;
  const since = (at: Date | null) => at !== null && at >= startedFor.startedAt;
  switch (clock) {
    case "sign_for":
      return facts.stage !== "dispatched" || facts.assigneeId !== startedFor.assigneeId || since(facts.signedForAt);
    case "arrive":
      return facts.assigneeId !== startedFor.assigneeId || since(facts.arrivedAt);
    case "resolve":
      return since(facts.resolvedAt);
  }
}

/**
 * What a missed deadline leads to: a task nobody signed for goes to the next-best worker once;
 * after that, and for every other clock, the case is escalated to its department and the dispatcher.
 */
export function breachResponse(clock: SlaClock, earlierSignForMisses: number): "reassign" | "escalate" {
  return clock === "sign_for" && earlierSignForMisses === 0 ? "reassign" : "escalate";
}
