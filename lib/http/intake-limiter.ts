import type { Redis } from "ioredis";
import { inRanges, parseAddress, type AddressRange } from "./address-range";
import { addressBucket } from "./client-address";

export interface IntakeLimits {
  perAddressPerMinute: number;
  perUserPerMinute: number;
  perKeyPerMinute: number;
  /** Client addresses never limited when they call directly: the simulator and the benchmark on loopback. */
  exempt: readonly AddressRange[];
}

export interface IntakeCaller {
  /** From resolveClientAddress. */
  address: string;
  /**
   * The request came through a proxy we do not trust (it carries X-Forwarded-For, the peer is not in
   * TRUSTED_PROXIES). Then a loopback peer is a proxy on this host, speaking for remote clients, and
   * its address exempts nobody.
   */
  viaUntrustedProxy: boolean;
  userId: string | null;
  idempotencyKey: string | null;
}

export type IntakeVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface IntakeLimiter {
  check(caller: IntakeCaller): Promise<IntakeVerdict>;
}

const WINDOW_MS = 60_000;
// Past this many distinct callers in one minute the local tally starts over; Redis still counts them all.
const MAX_LOCAL_KEYS = 50_000;

/**
 * Fixed one-minute windows, aligned to the clock so every process and Redis agree on which window a
 * request falls in. Anonymous callers count per address (an IPv6 /64 as one), signed-in callers per
 * user, and each idempotency key on its own. The intake is the hot path, so: exempt callers cost
 * nothing; the others one Redis round trip, and none once this process alone has seen a caller
 * exceed its limit (this process's count can only be lower than the shared one).
 */
export function createIntakeLimiter(redis: Redis, prefix: string, limits: IntakeLimits, now: () => number = Date.now): IntakeLimiter {
  let localWindow = -1;
  const local = new Map<string, number>();

  const countLocally = (window: number, key: string): number => {
    if (window !== localWindow || local.size >= MAX_LOCAL_KEYS) {
      local.clear();
      localWindow = window;
    }
    const count = (local.get(key) ?? 0) + 1;
    local.set(key, count);
    return count;
  };

  return {
    async check(caller) {
      const address = parseAddress(caller.address);
      if (!caller.viaUntrustedProxy && address && inRanges(address, limits.exempt)) return { allowed: true };

      const at = now();
      const window = Math.floor(at / WINDOW_MS);
      const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - at) / 1000));
      const counted = [
        caller.userId
          ? { key: `user:${caller.userId}`, limit: limits.perUserPerMinute }
          : { key: `address:${addressBucket(caller.address)}`, limit: limits.perAddressPerMinute },
        ...(caller.idempotencyKey ? [{ key: `key:${caller.idempotencyKey.slice(0, 200)}`, limit: limits.perKeyPerMinute }] : []),
      ];
      if (counted.some(({ key, limit }) => countLocally(window, key) > limit)) return { allowed: false, retryAfterSeconds };

      const transaction = redis.multi();
      for (const { key } of counted) {
        const redisKey = `${prefix}:ratelimit:intake:${window}:${key}`;
        transaction.incr(redisKey).expire(redisKey, WINDOW_MS / 1000 + 5);
      }
      const replies = await transaction.exec();
      if (!replies) throw new Error("rate limit transaction aborted");
      const over = counted.some(({ limit }, i) => {
        const [error, count] = replies[i * 2]!;
        if (error) throw error;
        return Number(count) > limit;
      });
      return over ? { allowed: false, retryAfterSeconds } : { allowed: true };
    },
  };
}
