import type { HttpOutcome } from "./http-client";

const BODY_EXCERPT_CHARS = 160;

/**
 * Counts outcomes per endpoint and status, prints the first failure of each kind at once and
 * the rest only as counts, so a misbehaving server does not drown the terminal.
 */
export function createOutcomeLog() {
  let counts = new Map<string, number>();
  const reported = new Set<string>();

  return {
    record(endpoint: string, outcome: HttpOutcome): void {
      const key = `${endpoint} ${outcome.kind === "response" ? outcome.status : "unreachable"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (outcome.kind === "response" && outcome.ok) return;
      if (reported.has(key)) return;
      reported.add(key);
      const detail = outcome.kind === "response" ? outcome.body.slice(0, BODY_EXCERPT_CHARS) : outcome.reason;
      console.warn(`${key}: ${detail}`);
    },
    /** Prints and resets the counts since the last call. */
    flush(extra = ""): void {
      if (counts.size === 0 && extra === "") return;
      const parts = [...counts.entries()].sort().map(([key, n]) => `${key} ×${n}`);
      console.log([...parts, extra].filter(Boolean).join(" | "));
      counts = new Map();
      reported.clear();
    },
  };
}

export type OutcomeLog = ReturnType<typeof createOutcomeLog>;
