import type { CaseSummary } from "@/lib/contracts";
import type { CaseLookup } from "@/app/_live/case-collection";
import { matchesFilter, type QueueFilter } from "./queue-filter";

/**
 * The queue as shown: the pages loaded from the server, each case at its newest version from the
 * live feed, plus live cases that match and fall within the loaded span (all of them once the last
 * page is in). A case that no longer matches leaves the queue. Newest first.
 */
export function mergeQueue(
  listed: readonly CaseSummary[],
  live: CaseLookup,
  filter: QueueFilter,
  allPagesLoaded: boolean,
): CaseSummary[] {
  const byId = new Map(listed.map((summary) => [summary.id, summary]));
  const oldestLoaded = listed.reduce<string | null>((oldest, s) => (oldest === null || s.createdAt < oldest ? s.createdAt : oldest), null);
  for (const summary of live.values()) {
    const known = byId.get(summary.id);
    if (known) {
      if (summary.version > known.version) byId.set(summary.id, summary);
    } else if (matchesFilter(summary, filter) && (allPagesLoaded || oldestLoaded === null || summary.createdAt >= oldestLoaded)) {
      byId.set(summary.id, summary);
    }
  }
  return [...byId.values()]
    .filter((summary) => matchesFilter(summary, filter))
    .sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : a.createdAt < b.createdAt ? 1 : -1));
}
