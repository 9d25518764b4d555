import { createTokenBucket, type TokenBucket, type TokenOutcome } from "./token-bucket";

const REFILL_MS = 10_000;
// Past this many addresses the tally starts over: forgetting is only ever more lenient.
const MAX_ADDRESSES = 10_000;

export interface CatchUpBudget {
  /** The turns of one new socket from `address` (an addressBucket): its own, and its address's, shared with its other sockets. */
  forSocket(address: string, now: number): { take(now: number): TokenOutcome };
}

/**
 * A catch-up costs a few bytes to ask and up to megabytes to answer, so each socket gets
 * `perSocket` per 10 s, and all sockets from one address together `perAddress` per 10 s: opening a
 * hundred sockets buys no more than a hundred screens behind one address would need after a restart.
 */
export function createCatchUpBudget(perSocket: number, perAddress: number): CatchUpBudget {
  const addresses = new Map<string, TokenBucket>();
  return {
    forSocket(address, openedAt) {
      const own = createTokenBucket(perSocket, REFILL_MS, openedAt);
      return {
        take(now) {
          if (addresses.size >= MAX_ADDRESSES && !addresses.has(address)) addresses.clear();
          let shared = addresses.get(address);
          if (!shared) {
            shared = createTokenBucket(perAddress, REFILL_MS, now);
            addresses.set(address, shared);
          }
          const mine = own.take(now);
          return mine.ok ? shared.take(now) : mine;
        },
      };
    },
  };
}
