/** What the screen knows of one horizon's full risk map (GET /api/risk). */
export interface HorizonFetchState {
  /** A fetch for this horizon was made (answered or refused). */
  readonly tried: boolean;
  /** The computation the last fetch answered with, or, when it failed, the one pushed then: not asked for again. */
  readonly heldComputedAt: string | null;
}

export interface RiskFetchClock {
  /** A fetch is in flight (of any horizon): one at a time. */
  readonly inFlight: boolean;
  /** Client time (ms) the last fetch started. */
  readonly lastStartedAt: number | null;
}

export type RiskFetchDecision = { readonly fetch: false } | { readonly fetch: true; readonly inMs: number };

/** At most one refresh per this many ms, whatever the rate of `risk` deltas. */
export const RISK_REFRESH_INTERVAL_MS = 10_000;

/**
 * Whether, and when, to fetch a horizon's full risk map. A horizon never fetched (the screen just opened, or
 * the operator picked it) is fetched at once; after that, only when a pushed computation is newer than the
 * one held, and no sooner than `minIntervalMs` after the last fetch started, so a stormy night's
 * recomputations (and every screen watching them) make one request per interval at most. Nothing starts
 * while a fetch is in flight; the decision is taken again when it ends.
 */
export function riskFetchDecision(
  horizon: HorizonFetchState,
  clock: RiskFetchClock,
  pushedComputedAt: string | null,
  now: number,
  minIntervalMs = RISK_REFRESH_INTERVAL_MS,
): RiskFetchDecision {
  if (clock.inFlight) return { fetch: false };
  if (!horizon.tried) return { fetch: true, inMs: 0 };
  const newer = pushedComputedAt !== null && (horizon.heldComputedAt === null || Date.parse(pushedComputedAt) > Date.parse(horizon.heldComputedAt));
  if (!newer) return { fetch: false };
  const inMs = clock.lastStartedAt === null ? 0 : Math.max(0, clock.lastStartedAt + minIntervalMs - now);
  return { fetch: true, inMs };
}
