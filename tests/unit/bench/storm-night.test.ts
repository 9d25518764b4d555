import { describe, expect, it } from "vitest";
import { chosenFigures } from "@/scripts/bench/options";
import { freshnessSamples, shanghaiClockToEpoch } from "@/scripts/bench/storm/freshness";
import type { ScreenProbeRecord } from "@/scripts/bench/storm/screen-probe";
import { DATA_EVENTS, summariseStorm } from "@/scripts/bench/storm/storm-summary";

// 2026-12-06 08:00:00 in Shanghai.
const t0 = Date.parse("2026-12-06T00:00:00Z");
const clock = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(11, 19);
const probe = (extra: Partial<ScreenProbeRecord>): ScreenProbeRecord => ({ messages: [], flushes: [], layerChanges: [], deckFrames: [], badge: [], ...extra });

describe("storm night: reading the badge's clock", () => {
  it("turns the Shanghai clock into the instant nearest the reading, across midnight", () => {
    expect(shanghaiClockToEpoch("08:00:05", t0)).toBe(t0 + 5_000);
    const justAfterMidnight = Date.parse("2026-12-05T16:00:02Z");
    expect(shanghaiClockToEpoch("23:59:58", justAfterMidnight)).toBe(justAfterMidnight - 4_000);
  });

  it("measures the clock against the newest data message, not the KPI refresh", () => {
    const record = probe({
      messages: [[t0 + 1_000, "deltas"], [t0 + 2_500, "kpi"], [t0 + 3_200, "positions"]],
      badge: [[t0 + 500, "connected", clock(t0)], [t0 + 2_600, "connected", clock(t0 + 1_000)], [t0 + 3_500, "connected", clock(t0 + 1_000)]],
    });
    // The first reading comes before any data and is left out.
    expect(freshnessSamples(record, DATA_EVENTS, t0, t0 + 10_000)).toEqual([
      { at: t0 + 2_600, state: "connected", behindNewestMs: 0, behindWallMs: 1_600 },
      { at: t0 + 3_500, state: "connected", behindNewestMs: 2_200, behindWallMs: 2_500 },
    ]);
  });
});

describe("storm night: the summary", () => {
  const record = probe({
    messages: [[t0 + 100, "deltas"], [t0 + 200, "deltas"], [t0 + 300, "sensors"], [t0 + 400, "kpi"], [t0 + 12_000, "kpi"], [t0 + 20_000, "deltas"]],
    flushes: [t0 + 150, t0 + 350, t0 + 12_000],
    deckFrames: [t0 + 160, t0 + 1_500, t0 + 2_500],
    layerChanges: [
      [t0 + 150, "case-dots", "dataChanged", 0],
      [t0 + 350, "gauges", "dataChanged", 0],
      [t0 + 350, "case-dots", "dataChanged", 1],
      [t0 + 360, "gauges", "updateTriggersChanged", 0],
    ],
    badge: [[t0 + 500, "connected", clock(t0)], [t0 + 12_000, "connected", clock(t0)], [t0 + 17_000, "stale", clock(t0)]],
  });
  const summary = summariseStorm(record, { peak: { from: t0, to: t0 + 2_000 }, quiet: { from: t0 + 10_000, to: t0 + 30_000 } });

  it("counts messages, flushes and each layer's rebuilds over the peak", () => {
    expect(summary).toMatchObject({
      seconds: 2,
      messagesPerSecond: 2,
      messagesByEvent: { deltas: 2, sensors: 1, kpi: 1 },
      quietMessagesByEvent: { kpi: 1, deltas: 1 },
      flushesPerSecond: 1,
      deckFramesPerSecond: 1,
      layerDataChanges: { "case-dots": 2, gauges: 1 },
      layerTriggerChanges: { gauges: 1 },
      layerNeedlessChanges: { "case-dots": 1 },
      needlessShare: 1 / 3,
      busiestLayerRebuildsPerMessage: 0.5,
      allLayerRebuildsPerMessage: 0.75,
    });
  });

  it("times the badge turning stale from the last data message before it, whatever the KPI refresh or a straggler did", () => {
    expect(summary.staleAfterStopMs).toBe(17_000 - 300);
    expect(summary.staleWhileFlowing).toBe(0);
  });
});

describe("choosing figures", () => {
  const figures = [{ name: "dispatch storm" }, { name: "sla storm" }, { name: "storm night" }, { name: "intake burst" }];

  it("picks figures by the start of their name", () => {
    expect(chosenFigures(figures, ["storm"]).map((f) => f.name)).toEqual(["storm night"]);
    expect(chosenFigures(figures, ["intake", "sla"]).map((f) => f.name)).toEqual(["sla storm", "intake burst"]);
    expect(chosenFigures(figures, [])).toBe(figures);
  });
});
