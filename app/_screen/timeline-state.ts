import type { StoredForecast, TimelineFrame, TyphoonTimeline } from "@/lib/contracts";

/** Storm time per wall-clock second: a storm hour in a minute, in ten seconds, in 2.5 seconds. */
export const timelineSpeeds = [60, 360, 1_440] as const;
export type TimelineSpeed = (typeof timelineSpeeds)[number];

export type TimelineState =
  | { readonly phase: "live" }
  | { readonly phase: "loading"; readonly speed: TimelineSpeed }
  | { readonly phase: "failed"; readonly speed: TimelineSpeed }
  | {
      readonly phase: "replay";
      readonly timeline: TyphoonTimeline;
      /** Storm time shown, ms. */
      readonly cursor: number;
      readonly playing: boolean;
      readonly speed: TimelineSpeed;
    };

export type TimelineAction =
  | { type: "open" }
  | { type: "loaded"; timeline: TyphoonTimeline }
  | { type: "failed" }
  | { type: "close" }
  | { type: "play" }
  | { type: "pause" }
  | { type: "speed"; speed: TimelineSpeed }
  | { type: "scrub"; at: number }
  | { type: "tick"; elapsedMs: number };

export const liveTimeline: TimelineState = { phase: "live" };

const bounds = (timeline: TyphoonTimeline) => [Date.parse(timeline.from), Date.parse(timeline.to)] as const;
const clamp = (at: number, [from, to]: readonly [number, number]) => Math.min(to, Math.max(from, at));

/** The timeline control's state: live, loading a window, or replaying it at a speed; playing stops at its end. */
export function reduceTimeline(state: TimelineState, action: TimelineAction): TimelineState {
  const speed = state.phase === "live" ? 360 : state.speed;
  switch (action.type) {
    case "open":
      return { phase: "loading", speed };
    case "loaded":
      return state.phase === "loading" ? { phase: "replay", timeline: action.timeline, cursor: Date.parse(action.timeline.from), playing: true, speed } : state;
    case "failed":
      return state.phase === "loading" ? { phase: "failed", speed } : state;
    case "close":
      return liveTimeline;
    default:
      return state.phase === "replay" ? replayStep(state, action) : state;
  }
}

type Replay = Extract<TimelineState, { phase: "replay" }>;

function replayStep(state: Replay, action: Exclude<TimelineAction, { type: "open" | "loaded" | "failed" | "close" }>): Replay {
  const window = bounds(state.timeline);
  switch (action.type) {
    case "play":
      // Playing from the end starts the night over.
      return { ...state, playing: true, cursor: state.cursor >= window[1] ? window[0] : state.cursor };
    case "pause":
      return { ...state, playing: false };
    case "speed":
      return { ...state, speed: action.speed };
    case "scrub":
      return { ...state, cursor: clamp(action.at, window) };
    case "tick": {
      if (!state.playing) return state;
      const cursor = clamp(state.cursor + action.elapsedMs * state.speed, window);
      return { ...state, cursor, playing: cursor < window[1] };
    }
  }
}

/** The frame in force at `at`: the last that started by then (the first before the window's start). */
export function frameAt(timeline: TyphoonTimeline, at: number): TimelineFrame | null {
  const index = Math.floor((at - Date.parse(timeline.from)) / (timeline.stepMinutes * 60_000));
  return timeline.frames[Math.min(timeline.frames.length - 1, Math.max(0, index))] ?? null;
}

/** Cases opened in the hour before `at`, from the frames (a frame counts when it started in that hour). */
export function casesInHourBefore(timeline: TyphoonTimeline, at: number): number {
  return timeline.frames.reduce((sum, frame) => {
    const start = Date.parse(frame.at);
    return start <= at && start > at - 3_600_000 ? sum + frame.casesOpened : sum;
  }, 0);
}

const MAX_STEPS = 300;

/**
 * The window to replay: the storm's forecasts from its first issue to six hours past its last (storm
 * time may be a past night), else the last day; a step that keeps it within 300 frames, at least 5 minutes.
 */
export function replayWindow(forecasts: readonly StoredForecast[], now: number): { from: string; to: string; stepMinutes: number } {
  const first = forecasts[0];
  const last = forecasts.at(-1);
  const from = first ? Date.parse(first.forecast.issuedAt) : now - 24 * 3_600_000;
  const to = last ? Date.parse(last.forecast.issuedAt) + 6 * 3_600_000 : now;
  const stepMinutes = Math.max(5, Math.ceil((to - from) / 60_000 / MAX_STEPS / 5) * 5);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), stepMinutes };
}
