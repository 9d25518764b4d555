import { describe, expect, it } from "vitest";
import { riskRecomputeBucket } from "@/lib/domain/risk/recompute-bucket";

describe("the risk recomputation's debounce bucket", () => {
  it("gives every ask within 30 SLA seconds the same bucket, run at the bucket's end", () => {
    const start = 1_700_000_010_000; // a multiple of 30 s
    expect(riskRecomputeBucket(start, 60_000)).toEqual({ bucket: start / 30_000, delayMs: 30_000 });
    expect(riskRecomputeBucket(start + 29_999, 60_000)).toEqual({ bucket: start / 30_000, delayMs: 1 });
    expect(riskRecomputeBucket(start + 30_000, 60_000).bucket).toBe(start / 30_000 + 1);
  });

  it("shrinks with a time-lapsed SLA minute, but never below five seconds", () => {
    expect(riskRecomputeBucket(21_000, 20_000)).toEqual({ bucket: 2, delayMs: 9_000 });
    expect(riskRecomputeBucket(12_000, 5_000)).toEqual({ bucket: 2, delayMs: 3_000 });
    expect(riskRecomputeBucket(12_000, 10)).toEqual({ bucket: 2, delayMs: 3_000 });
  });
});
