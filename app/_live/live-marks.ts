/**
 * User-timing marks of the live path, for the storm-night benchmark's PerformanceObserver
 * (scripts/bench/storm). Cleared as soon as made: observers still get them, and a wall screen left
 * on for days keeps none in its timeline.
 */
export type LiveMark = "live-store:flush";

export function markLive(name: LiveMark): void {
  performance.mark(name);
  performance.clearMarks(name);
}
