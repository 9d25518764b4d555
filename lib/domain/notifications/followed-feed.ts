import type { FeedItem } from "@/lib/contracts/tracking";
import type { NoticeSource } from "./resident-notice";
import { residentFeed } from "./resident-feed";

/**
 * A merged report's feed: its own case's steps up to its merge, then the steps of each case that
 * carried it on, from the moment it joined. Another reporter's rating is theirs, not this reporter's.
 * `histories` runs from the reported case to the case that carries it now.
 */
export function followedFeed(histories: readonly (readonly NoticeSource[])[]): FeedItem[] {
  const [own = [], ...carriers] = histories;
  const feed = residentFeed(own);
  let joinedAt = lastMergeAt(own);
  for (const history of carriers) {
    const after = history.filter((entry) => joinedAt !== null && new Date(entry.at).getTime() > joinedAt);
    feed.push(...residentFeed(after).filter((item) => item.key !== "rated"));
    joinedAt = lastMergeAt(history);
  }
  return feed;
}

function lastMergeAt(history: readonly NoticeSource[]): number | null {
  const merge = history.findLast((entry) => entry.action === "merge");
  return merge ? new Date(merge.at).getTime() : null;
}
