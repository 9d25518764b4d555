"use client";

import { useCallback, useEffect, useReducer } from "react";
import { typhoonTimelineSchema, type StoredForecast } from "@/lib/contracts";
import { fetchJson } from "@/app/_live/fetch-json";
import { liveTimeline, reduceTimeline, replayWindow, type TimelineAction, type TimelineState } from "./timeline-state";

const TICK_MS = 250;

/** The timeline control: opening it loads the storm's stored night from GET /api/typhoon/timeline, then plays it. */
export function useTyphoonTimeline(forecasts: readonly StoredForecast[]): [TimelineState, (action: TimelineAction) => void] {
  const [state, dispatch] = useReducer(reduceTimeline, liveTimeline);
  const loading = state.phase === "loading";
  useEffect(() => {
    if (!loading) return;
    const abort = new AbortController();
    const window = replayWindow(forecasts, Date.now());
    const query = new URLSearchParams({ from: window.from, to: window.to, stepMinutes: String(window.stepMinutes) });
    fetchJson(`/api/typhoon/timeline?${query}`, typhoonTimelineSchema, abort.signal)
      .then((timeline) => dispatch({ type: "loaded", timeline }))
      .catch(() => abort.signal.aborted || dispatch({ type: "failed" }));
    return () => abort.abort();
    // The window is taken when the replay opens; forecasts arriving meanwhile do not reload it.
  }, [loading]);

  const playing = state.phase === "replay" && state.playing;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      dispatch({ type: "tick", elapsedMs: now - last });
      last = now;
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing]);

  return [state, useCallback((action: TimelineAction) => dispatch(action), [])];
}
