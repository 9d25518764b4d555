import type { CaseSummary } from "@/lib/contracts";

/** The `limit` most recently created cases, newest first. */
export function newestCases(cases: Iterable<CaseSummary>, limit: number): CaseSummary[] {
  return Array.from(cases, (summary) => ({ summary, time: Date.parse(summary.createdAt) }))
    .sort((a, b) => b.time - a.time)
    .slice(0, limit)
    .map(({ summary }) => summary);
}
