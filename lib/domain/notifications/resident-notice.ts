import { ratingSchema } from "@/lib/contracts/case-action";
import type { Notice, NoticeKey } from "@/lib/contracts/notification";
import type { Stage } from "@/lib/contracts/stage";

/** A history entry as stored or as just appended; only what a reporter may learn is read from it. */
export interface NoticeSource {
  at: Date | string;
  action: string;
  toStage: Stage | null;
  detail: Record<string, unknown>;
}

// Steps the reporter hears about. Recalls, reassignments, SLA breaches and escalations are the
// city's own business: the case stays "with a grid worker" as far as the reporter is concerned.
const noticeOfAction: Readonly<Record<string, NoticeKey>> = {
  report: "received",
  accept: "accepted",
  dispatch: "dispatched",
  sign_for: "signed_for",
  arrive: "arrived",
  resolve: "resolved",
  rate: "rated",
  reopen: "reopened",
  close: "closed",
  reject: "rejected",
  merge: "merged",
  cancel: "cancelled",
};

/** The step one history entry means to the reporter, or null when it is none of theirs. */
export function noticeOf(entry: NoticeSource): Notice | null {
  const byAction = Object.hasOwn(noticeOfAction, entry.action) ? noticeOfAction[entry.action] : undefined;
  if (!byAction || !entry.toStage) return null;
  // 不满意 reopens the case: the reporter hears that it is being handled again.
  const key: NoticeKey = entry.toStage === "reopened" ? "reopened" : byAction;
  const notice: Notice = { key, at: new Date(entry.at).toISOString(), stage: entry.toStage };
  const rating = ratingSchema.safeParse(entry.detail.rating);
  if (entry.action === "rate" && rating.success) notice.rating = rating.data;
  // Only a rejection's reason is written for the reporter; other reasons are internal notes.
  const reason = entry.detail.reason;
  if (key === "rejected" && typeof reason === "string" && reason.trim()) notice.reason = reason.trim().slice(0, 500);
  return notice;
}
