import type { CaseEdit } from "./case-collection";
import type { CaseChange } from "./live-state";

/**
 * Keeps at most `max` cases in the edit: the oldest finished ones are dropped first, then the oldest
 * open ones (cases created at the same time go in arrival order). Returns the cases dropped.
 * Once over, it drops down to 1 % below `max`: finding the oldest is a pass over every case, better
 * taken once per thousand new cases than for every batch on a full 100,000-case screen.
 */
export function boundCases(edit: CaseEdit, max: number): CaseChange[] {
  if (edit.size <= max) return [];
  const excess = edit.size - (max - Math.floor(max / 100));
  const finished = edit.size - edit.openCount;
  const dropped = [...edit.oldest(Math.min(excess, finished), false), ...edit.oldest(excess - finished, true)];
  return dropped.map((id) => {
    const previous = edit.get(id);
    edit.delete(id);
    return { previous, next: undefined };
  });
}
