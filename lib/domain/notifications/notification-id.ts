import type { NoticeKey } from "@/lib/contracts/notification";
import { jobIdFor, jobIdForSet } from "../ids";

const stepOf = (caseId: string, caseVersion: number, key: NoticeKey) => `${caseId}#${caseVersion}#${key}`;

/** One id per step of a case: the job id that keeps a notification single, and what the receiver dedupes on. */
export function notificationId(caseId: string, caseVersion: number, key: NoticeKey): string {
  return jobIdFor("notify", stepOf(caseId, caseVersion, key));
}

/** The id of a step told to the reporter of a report merged into the case (see `notificationId`). */
export function followedNotificationId(riderCaseId: string, stepId: string): string {
  return jobIdFor("notify", `${riderCaseId}<${stepId}`);
}

/** The job id of notifications sent together (see `jobIdForSet`): alone, the notification's own id. */
export function notificationsJobId(requests: readonly { caseId: string; caseVersion: number; notice: { key: NoticeKey } }[]): string {
  return jobIdForSet(
    "notify",
    requests.map((r) => stepOf(r.caseId, r.caseVersion, r.notice.key)),
  );
}
