import type { TaskDeadline } from "@/lib/contracts";
import type { MobileMessages } from "../_i18n/mobile-messages";

export type DeadlineTone = "ok" | "soon" | "late";

export interface DeadlineLabel {
  step: string | null;
  text: string;
  tone: DeadlineTone;
}

// Under this many minutes left, a deadline is shown as pressing.
const SOON_MINUTES = 15;

/** "签收 · 8 分钟内", "到场 · 已超 12 分钟", or just 超期 when the case is overdue with no deadline known. */
export function deadlineLabel(t: MobileMessages, deadline: TaskDeadline | null, overdue: boolean, now: number): DeadlineLabel | null {
  if (!deadline) return overdue ? { step: null, text: t.deadline.overdue, tone: "late" } : null;
  const step = t.deadline.steps[deadline.step];
  const minutesLeft = Math.ceil((Date.parse(deadline.dueAt) - now) / 60_000);
  if (minutesLeft <= 0) return { step, text: t.deadline.overdueBy(t.duration(Math.max(1, -minutesLeft))), tone: "late" };
  const text = t.deadline.dueIn(t.duration(minutesLeft));
  return { step, text, tone: overdue ? "late" : minutesLeft <= SOON_MINUTES ? "soon" : "ok" };
}
