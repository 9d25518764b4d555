import type { BostonCase } from "./boston-cases";

const DAY_MS = 86_400_000;

/** The full replay's span: the first 59 days of 2015 (January and February). */
export const BOSTON_REPLAY_DAYS = 59;

/** The cases opened within `days` of the first one; `cases` sorted by opening time. */
export function firstDays(cases: readonly BostonCase[], days: number): BostonCase[] {
  if (cases.length === 0) return [];
  const end = cases[0]!.openedAt + days * DAY_MS;
  return cases.filter((c) => c.openedAt < end);
}
