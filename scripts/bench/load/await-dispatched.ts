import { setTimeout as sleep } from "node:timers/promises";
import { dispatchedCaseId, type CaseDelta } from "./screen-clients";

export interface DispatchWatch {
  /** Feed every delta a screen receives. */
  hear(delta: CaseDelta, receivedAt: number): void;
  /** Resolves when every expected case was seen dispatched, or nothing new arrived for `stallMs`. */
  settled(stallMs: number): Promise<{ dispatched: number; lastAt: number }>;
}

/** Counts the expected cases a screen sees dispatched, and when it saw the last of them. */
export function watchDispatched(caseIds: readonly string[]): DispatchWatch {
  const expected = new Set(caseIds);
  const seen = new Set<string>();
  let lastAt = 0;
  return {
    hear(delta, receivedAt) {
      const id = dispatchedCaseId(delta);
      if (!id || !expected.has(id) || seen.has(id)) return;
      seen.add(id);
      lastAt = receivedAt;
    },
    async settled(stallMs) {
      let lastCount = -1;
      let lastChange = Date.now();
      while (seen.size < expected.size && Date.now() - lastChange < stallMs) {
        if (seen.size !== lastCount) {
          lastCount = seen.size;
          lastChange = Date.now();
        }
        await sleep(100);
      }
      return { dispatched: seen.size, lastAt };
    },
  };
}
