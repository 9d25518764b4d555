/** Things to do at given times, one per key: what a simulated person means to do later and may drop. */
export interface Agenda<T> {
  /** Plans `item` for `at` unless something is already planned under `key`; true when it was planned. */
  plan(key: string, at: number, item: T): boolean;
  has(key: string): boolean;
  cancel(key: string): void;
  /** Removes and returns every item due by `now`, earliest first. */
  takeDue(now: number): T[];
  readonly size: number;
}

export function createAgenda<T>(): Agenda<T> {
  const entries = new Map<string, { at: number; item: T }>();
  return {
    plan(key, at, item) {
      if (entries.has(key)) return false;
      entries.set(key, { at, item });
      return true;
    },
    has: (key) => entries.has(key),
    cancel: (key) => void entries.delete(key),
    takeDue(now) {
      const due = [...entries].filter(([, entry]) => entry.at <= now).sort(([, a], [, b]) => a.at - b.at);
      for (const [key] of due) entries.delete(key);
      return due.map(([, entry]) => entry.item);
    },
    get size() {
      return entries.size;
    },
  };
}
