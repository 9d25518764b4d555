import { describe, expect, it } from "vitest";
import { casesInHourBefore, frameAt, liveTimeline, reduceTimeline, replayWindow, type TimelineState } from "@/app/_screen/timeline-state";
import type { TyphoonTimeline } from "@/lib/contracts";
import { timelineFrames } from "@/lib/domain/typhoon/timeline-frames";
import { aForecast, aStoredForecast } from "./forecast-fixture";

const from = "2021-07-25T00:00:00.000Z";
const to = "2021-07-25T01:00:00.000Z";
const timeline: TyphoonTimeline = {
  from,
  to,
  stepMinutes: 10,
  sensors: [],
  forecasts: [],
  frames: [0, 1, 2, 3, 4, 5].map((i) => ({ at: new Date(Date.parse(from) + i * 600_000).toISOString(), values: [], casesOpened: i })),
};

describe("timelineFrames", () => {
  it("means per step, carrying a gauge's last value through steps it sent nothing, null before its first", () => {
    const frames = timelineFrames(
      ["RG-1", "WL-1"],
      [
        { sensorId: "RG-1", bucket: 0, mean: 1.04 },
        { sensorId: "RG-1", bucket: 2, mean: 12.5 },
        { sensorId: "WL-1", bucket: 1, mean: 8 },
        { sensorId: "XX-9", bucket: 1, mean: 99 },
        { sensorId: "RG-1", bucket: 7, mean: 99 },
      ],
      new Map([[1, 4]]),
      new Date(from),
      600_000,
      4,
    );
    expect(frames.map((f) => f.values)).toEqual([
      [1, null],
      [1, 8],
      [12.5, 8],
      [12.5, 8],
    ]);
    expect(frames.map((f) => f.casesOpened)).toEqual([0, 4, 0, 0]);
    expect(frames[3]!.at).toBe("2021-07-25T00:30:00.000Z");
  });
});

describe("reduceTimeline", () => {
  const replaying = reduceTimeline(reduceTimeline(liveTimeline, { type: "open" }), { type: "loaded", timeline }) as Extract<TimelineState, { phase: "replay" }>;

  it("opens by loading, then plays from the window's start at 360× by default", () => {
    expect(reduceTimeline(liveTimeline, { type: "open" })).toEqual({ phase: "loading", speed: 360 });
    expect(replaying).toMatchObject({ phase: "replay", cursor: Date.parse(from), playing: true, speed: 360 });
    expect(reduceTimeline({ phase: "loading", speed: 60 }, { type: "failed" })).toEqual({ phase: "failed", speed: 60 });
  });

  it("advances storm time by wall time × speed, and stops at the window's end", () => {
    const ticked = reduceTimeline(replaying, { type: "tick", elapsedMs: 1_000 });
    expect(ticked).toMatchObject({ cursor: Date.parse(from) + 360_000, playing: true });
    const end = reduceTimeline(ticked, { type: "tick", elapsedMs: 60_000 });
    expect(end).toMatchObject({ cursor: Date.parse(to), playing: false });
    expect(reduceTimeline(end, { type: "play" })).toMatchObject({ cursor: Date.parse(from), playing: true });
  });

  it("pauses, changes speed, scrubs within the window and goes back to live", () => {
    const paused = reduceTimeline(replaying, { type: "pause" });
    expect(reduceTimeline(paused, { type: "tick", elapsedMs: 1_000 })).toBe(paused);
    const faster = reduceTimeline(reduceTimeline(paused, { type: "speed", speed: 1_440 }), { type: "play" });
    expect(reduceTimeline(faster, { type: "tick", elapsedMs: 1_000 })).toMatchObject({ cursor: Date.parse(from) + 1_440_000 });
    expect(reduceTimeline(paused, { type: "scrub", at: Date.parse(to) + 5_000_000 })).toMatchObject({ cursor: Date.parse(to) });
    expect(reduceTimeline(paused, { type: "close" })).toBe(liveTimeline);
  });

  it("finds the frame in force and the cases of the hour before", () => {
    expect(frameAt(timeline, Date.parse(from) + 25 * 60_000)?.at).toBe("2021-07-25T00:20:00.000Z");
    expect(frameAt(timeline, Date.parse(from) - 1)?.at).toBe(from);
    expect(frameAt(timeline, Date.parse(to) + 1)?.at).toBe("2021-07-25T00:50:00.000Z");
    expect(casesInHourBefore(timeline, Date.parse(from) + 25 * 60_000)).toBe(0 + 1 + 2);
  });
});

describe("replayWindow", () => {
  it("spans the storm's forecasts to six hours past the last, at most 300 steps of whole five minutes", () => {
    const forecasts = [aStoredForecast("a1a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", aForecast("2021-07-22T00:00:00Z", 25, 128)), aStoredForecast("b2a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", aForecast("2021-07-26T00:00:00Z", 31, 121))];
    const window = replayWindow(forecasts, Date.parse("2026-12-06T00:00:00Z"));
    expect(window.from).toBe("2021-07-22T00:00:00.000Z");
    expect(window.to).toBe("2021-07-26T06:00:00.000Z");
    expect(window.stepMinutes % 5).toBe(0);
    expect((Date.parse(window.to) - Date.parse(window.from)) / (window.stepMinutes * 60_000)).toBeLessThanOrEqual(300);
  });

  it("is the last day at five minutes when no storm is known", () => {
    const now = Date.parse("2026-12-06T00:00:00Z");
    expect(replayWindow([], now)).toEqual({ from: "2026-12-05T00:00:00.000Z", to: "2026-12-06T00:00:00.000Z", stepMinutes: 5 });
  });
});
