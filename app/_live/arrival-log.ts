/**
 * Cases first seen through a delta, with the client time (ms) each arrived, oldest first, as an
 * immutable value. Arrivals only join at the end and leave from the front once older than the
 * window, so the versions share one pair of arrays, each reading its own stretch of them: recording
 * copies nothing (a Map copied per batch would hold 30,000 arrivals at 1,000 events/s) unless an
 * older version records again, or the expired front outgrows what is kept.
 * A case dropped and seen again within the window is listed twice.
 */
export class ArrivalLog implements Iterable<[string, number]> {
  static readonly empty = new ArrivalLog([], [], 0, 0);

  private constructor(
    private readonly ids: string[],
    private readonly times: number[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  get size(): number {
    return this.end - this.start;
  }

  *[Symbol.iterator](): Generator<[string, number], void, undefined> {
    for (let i = this.start; i < this.end; i++) yield [this.ids[i]!, this.times[i]!];
  }

  *keys(): Generator<string, void, undefined> {
    for (let i = this.start; i < this.end; i++) yield this.ids[i]!;
  }

  /** The latest `count` arrivals, oldest of them first. */
  *latest(count: number): Generator<[string, number], void, undefined> {
    for (let i = Math.max(this.start, this.end - count); i < this.end; i++) yield [this.ids[i]!, this.times[i]!];
  }

  /** Adds the cases that arrived at `at` and forgets those that arrived more than `windowMs` before it. */
  record(arrivedIds: readonly string[], at: number, windowMs: number): ArrivalLog {
    let start = this.start;
    while (start < this.end && at - this.times[start]! > windowMs) start += 1;
    if (arrivedIds.length === 0 && start === this.start) return this;

    let { ids, times } = this;
    let end = this.end;
    const branched = end !== ids.length;
    if (branched || start > Math.max(1_024, end - start)) {
      ids = ids.slice(start, end);
      times = times.slice(start, end);
      end -= start;
      start = 0;
    }
    for (const id of arrivedIds) {
      ids.push(id);
      times.push(at);
    }
    return new ArrivalLog(ids, times, start, end + arrivedIds.length);
  }
}
