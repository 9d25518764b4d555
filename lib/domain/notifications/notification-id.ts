import type { NoticeKey } from "@/lib/contracts/notification";
import { jobIdFor } from "../ids";

/** One id per step of a case: the job id that keeps a notification single, and what the receiver dedupes on. */
export function notificationId(caseId: string, caseVersion: number, key: NoticeKey): string {
  return jobIdFor("notify", `${caseId}#${caseVersion}#${key}`);
}
