import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import { parseAddressRanges } from "@/lib/http/address-range";
import { resolveClientAddress } from "@/lib/http/client-address";
import { limitSignIn, signInLimits, type LimitedSignInOutcome } from "@/lib/pipeline/limit-sign-in";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { uniquePrefix } from "../support/services";

const madeUp = (i: number) => `203.0.${Math.floor(i / 250)}.${(i % 250) + 1}`;

describe("sign-in limits on real Redis and Postgres", () => {
  const prefix = uniquePrefix("sign-in-limits");
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    await seedDemoUsers(running.app.database.db, demoUsers, DEMO_PASSWORD);
  });
  afterAll(() => running?.stop());

  const attempt = (username: string, password: string, address: string): Promise<LimitedSignInOutcome> => {
    const { app } = running;
    return limitSignIn({ db: app.database.db, redis: app.redis, prefix }, { username, password }, address, new Date());
  };
  /** What server.ts would key on for a request from `peer` carrying X-Forwarded-For `forwardedFor`. */
  const addressOf = (peer: string, forwardedFor: string, trusted: string) =>
    resolveClientAddress({ peer, forwardedFor, trustedProxies: parseAddressRanges(trusted) });

  it("sixty wrong passwords under sixty made-up X-Forwarded-For do not let the right one in, with no proxy trusted", async () => {
    const outcomes: LimitedSignInOutcome[] = [];
    for (let i = 0; i < 60; i++) outcomes.push(await attempt("operator", `guess-${i}`, addressOf("198.51.100.20", madeUp(i), "")));
    expect(outcomes.filter((o) => !o.ok && !("retryAfterSeconds" in o))).toHaveLength(signInLimits.perAddress.attempts);

    const right = await attempt("operator", DEMO_PASSWORD, addressOf("198.51.100.20", madeUp(60), ""));
    expect(right.ok).toBe(false);
    // Held back for the rest of the minute, not longer.
    expect(right).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((right as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(signInLimits.perAddress.windowSeconds);
  });

  it("behind a trusted proxy, a spray from sixty real addresses gets a handful of guesses; the real user still gets in from home", async () => {
    const home = "192.0.2.44";
    expect((await attempt("dispatcher", DEMO_PASSWORD, home)).ok).toBe(true);

    const outcomes: LimitedSignInOutcome[] = [];
    for (let i = 0; i < 60; i++) outcomes.push(await attempt("dispatcher", `guess-${i}`, addressOf("127.0.0.1", madeUp(i), "127.0.0.1")));
    const guessed = outcomes.filter((o) => !o.ok && !("retryAfterSeconds" in o)).length;
    // The first sign-in from home came from a new address too, and used one of the hour's attempts.
    expect(guessed).toBe(signInLimits.newAddresses.attempts - 1);

    const sprayedRight = await attempt("dispatcher", DEMO_PASSWORD, addressOf("127.0.0.1", madeUp(60), "127.0.0.1"));
    expect(sprayedRight).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect((sprayedRight as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(signInLimits.newAddresses.windowSeconds);

    // The spray did not lock the user out where they signed in before.
    expect((await attempt("dispatcher", DEMO_PASSWORD, addressOf("127.0.0.1", home, "127.0.0.1"))).ok).toBe(true);
  });

  it("counts parallel guesses as they come in, so a burst cannot outrun the limit", async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("leader", `guess-${i}`, madeUp(100 + i))));
    expect(outcomes.filter((o) => !("retryAfterSeconds" in o))).toHaveLength(signInLimits.newAddresses.attempts);
  });

  it("treats every address of one IPv6 /64 as one address", async () => {
    const outcomes: LimitedSignInOutcome[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await attempt("water", `guess-${i}`, `2001:db8:5:6::${(i + 1).toString(16)}`));
    expect(outcomes.slice(0, signInLimits.perAddress.attempts).every((o) => !("retryAfterSeconds" in o))).toBe(true);
    expect(outcomes.slice(signInLimits.perAddress.attempts).every((o) => "retryAfterSeconds" in o)).toBe(true);
  });
});
