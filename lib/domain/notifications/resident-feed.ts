import type { FeedItem } from "@/lib/contracts/tracking";
import { noticeMessage } from "./notice-message";
import { noticeOf, type NoticeSource } from "./resident-notice";

/** The reporter's view of a case's history, oldest first: one message per step they hear about. */
export function residentFeed(history: readonly NoticeSource[]): FeedItem[] {
  return history.flatMap((entry) => {
    const notice = noticeOf(entry);
    return notice ? [{ key: notice.key, at: notice.at, message: noticeMessage(notice) }] : [];
  });
}
