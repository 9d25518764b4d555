/** Adds the cases that just arrived and forgets those that arrived longer than `windowMs` ago. */
export function recordArrivals(
  arrivals: ReadonlyMap<string, number>,
  arrivedIds: readonly string[],
  at: number,
  windowMs: number,
): ReadonlyMap<string, number> {
  const expired = [...arrivals.values()].some((arrivedAt) => at - arrivedAt > windowMs);
  if (arrivedIds.length === 0 && !expired) return arrivals;

  const next = new Map<string, number>();
  for (const [id, arrivedAt] of arrivals) if (at - arrivedAt <= windowMs) next.set(id, arrivedAt);
  for (const id of arrivedIds) next.set(id, at);
  return next;
}
