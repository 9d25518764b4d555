import type { Sla } from "@/lib/contracts/catalogue";
import type { Stage } from "@/lib/contracts/stage";
import { deadlineOf, type SlaClock } from "@/lib/domain/sla/sla-clocks";

export interface TaskTimes {
  stage: Stage;
  createdAt: Date;
  dispatchedAt: Date | null;
  signedForAt: Date | null;
  arrivedAt: Date | null;
  /** The latest reopening, which restarts the resolve clock. */
  reopenedAt: Date | null;
}

/** An arrival recorded before the latest sign-for was another assignee's. */
export function hasArrived(times: Pick<TaskTimes, "signedForAt" | "arrivedAt">): boolean {
  return times.arrivedAt !== null && (times.signedForAt === null || times.arrivedAt >= times.signedForAt);
}

/**
 * The step a task waits for next and its SLA deadline, with the clocks as the SLA jobs run them:
 * 签收 from dispatch, 到场 from signing for, 办结 from acceptance (or the latest reopening).
 */
export function nextDeadline(times: TaskTimes, sla: Sla, minuteMs: number): { step: SlaClock; dueAt: Date } | null {
  const due = (step: SlaClock, from: Date) => ({ step, dueAt: deadlineOf(step, sla, from, minuteMs) });
  switch (times.stage) {
    case "dispatched":
      return times.dispatchedAt ? due("sign_for", times.dispatchedAt) : null;
    case "in_progress":
      if (!hasArrived(times) && times.signedForAt) return due("arrive", times.signedForAt);
      return due("resolve", times.reopenedAt ?? times.createdAt);
    case "reported":
    case "accepted":
    case "reopened":
      return due("resolve", times.reopenedAt ?? times.createdAt);
    default:
      return null;
  }
}
