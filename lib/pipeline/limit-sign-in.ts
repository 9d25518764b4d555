import type { Kysely } from "kysely";
import type { Redis } from "ioredis";
import type { SignInRequest } from "@/lib/contracts/identity";
import type { Database } from "@/lib/db/schema";
import { addressBucket } from "@/lib/http/client-address";
import { hitRateLimit } from "./rate-limit";
import { signIn, type SignInOutcome } from "./sign-in";

/**
 * Two limits, because an attacker has many addresses and the real user has one or two:
 *
 * - per username and address: 10 attempts a minute, right or wrong. Strict, and it holds back
 *   nobody but whoever shares that address.
 * - per username, across every address it has never signed in from: 10 attempts an hour in all.
 *   Spraying guesses from a thousand addresses gets those 10, no more. Addresses the user has signed
 *   in from before (remembered for 30 days) are not counted against it, so the spray cannot lock the
 *   real user out from home or the office; only a new address waits, at most the rest of the hour.
 *
 * Attempts are counted when they are let in, not when they fail, so a burst of parallel guesses
 * cannot all slip through before the first failure is written.
 */
export const signInLimits = {
  perAddress: { attempts: 10, windowSeconds: 60 },
  newAddresses: { attempts: 10, windowSeconds: 60 * 60 },
  knownAddressSeconds: 30 * 24 * 60 * 60,
} as const;

export interface LimitSignInDeps {
  db: Kysely<Database>;
  redis: Redis;
  prefix: string;
}

export type LimitedSignInOutcome = SignInOutcome | { ok: false; retryAfterSeconds: number };

/** signIn behind the limits above; `clientAddress` must come from resolveClientAddress, never from a header as sent. */
export async function limitSignIn(deps: LimitSignInDeps, request: SignInRequest, clientAddress: string, now: Date): Promise<LimitedSignInOutcome> {
  const username = request.username.toLowerCase();
  const address = addressBucket(clientAddress);
  const keys = {
    perAddress: `${deps.prefix}:ratelimit:sign-in:${username}:${address}`,
    newAddresses: `${deps.prefix}:ratelimit:sign-in-new-addresses:${username}`,
    known: `${deps.prefix}:sign-in:known-address:${username}:${address}`,
  };
  const [perAddress, known] = await Promise.all([
    hitRateLimit(deps.redis, keys.perAddress, signInLimits.perAddress.attempts, signInLimits.perAddress.windowSeconds),
    deps.redis.exists(keys.known),
  ]);
  if (!perAddress.allowed) return { ok: false, retryAfterSeconds: perAddress.retryAfterSeconds };
  if (!known) {
    const spread = await hitRateLimit(deps.redis, keys.newAddresses, signInLimits.newAddresses.attempts, signInLimits.newAddresses.windowSeconds);
    if (!spread.allowed) return { ok: false, retryAfterSeconds: spread.retryAfterSeconds };
  }
  const outcome = await signIn(deps.db, request, now);
  if (outcome.ok) await deps.redis.set(keys.known, "1", "EX", signInLimits.knownAddressSeconds);
  return outcome;
}
