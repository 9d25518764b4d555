import { PerformanceObserver } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { createLiveStore } from "@/app/_live/live-store";

describe("live store: the flush mark", () => {
  it("marks every flush for an observer and keeps none in the timeline", async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ entryTypes: ["mark"] });
    const store = createLiveStore((flush) => flush());
    store.dispatch({ type: "connection-changed", connection: "connected" });
    store.enqueueDeltas([{ seq: 1, kind: "screen-mode", mode: { typhoon: true, typhoonSwitch: true, alertInForce: false, changedAt: "2026-01-01T00:00:00Z", changedBy: null } }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    observer.disconnect();

    expect(seen.filter((name) => name === "live-store:flush")).toHaveLength(2);
    expect(performance.getEntriesByName("live-store:flush")).toHaveLength(0);
  });
});
