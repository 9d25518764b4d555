import type { NoticeKey } from "@/lib/contracts/notification";
import { jobIdFor } from "../ids";

/** One id per step of a case: the job id that keeps a notification single, and what the receiver dedupes on. */
export function notificationId(caseId: string, caseVersion: number, key: NoticeKey): string {
  return jobIdFor("notify", `${caseId}#${caseVersion}#${key}`);
}

/**
 * The job id of a set of notifications sent together: the notification's own id when alone (how a
 * failed one is retried), otherwise one derived from all of theirs, so the same set asked twice is one job.
 */
export function notificationsJobId(requests: readonly { caseId: string; caseVersion: number; notice: { key: NoticeKey } }[]): string {
  const ids = requests.map((r) => notificationId(r.caseId, r.caseVersion, r.notice.key));
  const [only] = ids;
  if (only !== undefined && ids.length === 1) return only;
  return jobIdFor("notify-set", ids.sort().join(" "));
}
