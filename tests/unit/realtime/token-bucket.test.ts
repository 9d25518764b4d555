import { describe, expect, it } from "vitest";
import { createTokenBucket } from "@/lib/realtime/token-bucket";

describe("createTokenBucket", () => {
  it("lets a burst of `capacity` through, then refuses with the wait until the next token", () => {
    const bucket = createTokenBucket(3, 10_000, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual(Array(3).fill({ ok: true }));
    expect(bucket.take(0)).toEqual({ ok: false, retryAfterMs: 3_334 });
    expect(bucket.take(2_000)).toEqual({ ok: false, retryAfterMs: 1_334 });
    expect(bucket.take(3_334)).toEqual({ ok: true });
    expect(bucket.take(3_334).ok).toBe(false);
  });

  it("never holds more than its capacity, however long it rests", () => {
    const bucket = createTokenBucket(2, 1_000, 0);
    const taken = Array.from({ length: 5 }, () => bucket.take(1_000_000).ok);
    expect(taken).toEqual([true, true, false, false, false]);
  });

  it("allows at most capacity per refill period over a long, steady stream of requests", () => {
    const bucket = createTokenBucket(3, 10_000, 0);
    let allowed = 0;
    for (let t = 0; t < 60_000; t += 100) if (bucket.take(t).ok) allowed++;
    expect(allowed).toBeLessThanOrEqual(3 + 18);
    expect(allowed).toBeGreaterThanOrEqual(18);
  });

  it("does not refill when the clock steps back", () => {
    const bucket = createTokenBucket(1, 1_000, 5_000);
    expect(bucket.take(5_000).ok).toBe(true);
    expect(bucket.take(1_000).ok).toBe(false);
    expect(bucket.take(5_999).ok).toBe(false);
    expect(bucket.take(6_000).ok).toBe(true);
  });
});
