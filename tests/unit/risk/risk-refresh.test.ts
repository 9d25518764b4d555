import { describe, expect, it } from "vitest";
import { riskFetchDecision } from "@/app/_risk/risk-refresh";

const t0 = Date.parse("2026-07-25T10:00:00Z");
const idle = { inFlight: false, lastStartedAt: t0 };
const held = { tried: true, heldComputedAt: "2026-07-25T10:00:00.000Z" };

describe("riskFetchDecision", () => {
  it("fetches a horizon never fetched at once, even right after another fetch", () => {
    expect(riskFetchDecision({ tried: false, heldComputedAt: null }, idle, null, t0 + 1_000)).toEqual({ fetch: true, inMs: 0 });
  });

  it("starts nothing while a fetch is in flight", () => {
    expect(riskFetchDecision({ tried: false, heldComputedAt: null }, { inFlight: true, lastStartedAt: t0 }, null, t0)).toEqual({ fetch: false });
    expect(riskFetchDecision(held, { inFlight: true, lastStartedAt: t0 }, "2026-07-25T10:05:00.000Z", t0 + 60_000)).toEqual({ fetch: false });
  });

  it("leaves a held map alone until a newer computation is pushed", () => {
    expect(riskFetchDecision(held, idle, null, t0 + 60_000)).toEqual({ fetch: false });
    expect(riskFetchDecision(held, idle, "2026-07-25T10:00:00.000Z", t0 + 60_000)).toEqual({ fetch: false });
    expect(riskFetchDecision(held, idle, "2026-07-25T09:59:30.000Z", t0 + 60_000)).toEqual({ fetch: false });
    expect(riskFetchDecision(held, idle, "2026-07-25T10:00:30.000Z", t0 + 60_000)).toEqual({ fetch: true, inMs: 0 });
  });

  it("throttles refreshes to one per interval from the last start, however often computations are pushed", () => {
    const newer = "2026-07-25T10:00:30.000Z";
    expect(riskFetchDecision(held, idle, newer, t0 + 3_000, 10_000)).toEqual({ fetch: true, inMs: 7_000 });
    expect(riskFetchDecision(held, idle, newer, t0 + 9_999, 10_000)).toEqual({ fetch: true, inMs: 1 });
    expect(riskFetchDecision(held, idle, newer, t0 + 10_000, 10_000)).toEqual({ fetch: true, inMs: 0 });
  });

  it("asks again after a fetch that found no computation once one is pushed", () => {
    const none = { tried: true, heldComputedAt: null };
    expect(riskFetchDecision(none, idle, null, t0 + 60_000)).toEqual({ fetch: false });
    expect(riskFetchDecision(none, idle, "2026-07-25T10:00:30.000Z", t0 + 60_000)).toEqual({ fetch: true, inMs: 0 });
  });
});
