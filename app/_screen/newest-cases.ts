import type { CaseSummary } from "@/lib/contracts";

interface Dated {
  readonly summary: CaseSummary;
  readonly time: number;
}

/** The `limit` most recently created cases, newest first (equal times in arrival order). */
export function newestCases(cases: Iterable<CaseSummary>, limit: number): CaseSummary[] {
  return Array.from(cases, dated)
    .sort((a, b) => b.time - a.time)
    .slice(0, limit)
    .map(({ summary }) => summary);
}

/**
 * The same list kept up to date change by change. Only when a case leaves a full list is a pass over
 * every case needed (`needsRescan`), to find the one that moves up.
 */
export class NewestCases {
  private list: Dated[] = [];
  private published: CaseSummary[] | null = null;
  needsRescan = false;

  constructor(private readonly limit: number) {}

  update(previous: CaseSummary | undefined, next: CaseSummary | undefined): void {
    const id = (next ?? previous)?.id;
    const at = this.list.findIndex((listed) => listed.summary.id === id);
    const sameTime = previous !== undefined && previous.createdAt === next?.createdAt;
    if (at < 0) {
      // An unlisted case that keeps its time stays unlisted.
      if (next && !sameTime) this.insert(dated(next));
      return;
    }
    const listed = this.list[at]!;
    this.published = null;
    if (next && sameTime) {
      this.list[at] = { summary: next, time: listed.time };
      return;
    }
    const entry = next && dated(next);
    const wasFull = this.list.length === this.limit;
    this.list.splice(at, 1);
    if (entry) this.insert(entry);
    // A case that left a full list (or moved down it) may have been overtaken by one not in the list.
    if (wasFull && (!entry || entry.time < listed.time)) this.needsRescan = true;
  }

  rescan(cases: Iterable<CaseSummary>): void {
    this.list = newestCases(cases, this.limit).map(dated);
    this.needsRescan = false;
    this.published = null;
  }

  clear(): void {
    this.list = [];
    this.needsRescan = false;
    this.published = null;
  }

  publish(): readonly CaseSummary[] {
    this.published ??= this.list.map((entry) => entry.summary);
    return this.published;
  }

  private insert(entry: Dated): void {
    let at = this.list.length;
    while (at > 0 && this.list[at - 1]!.time < entry.time) at--;
    if (at >= this.limit) return;
    this.list.splice(at, 0, entry);
    if (this.list.length > this.limit) this.list.pop();
    this.published = null;
  }
}

function dated(summary: CaseSummary): Dated {
  return { summary, time: Date.parse(summary.createdAt) };
}
