"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import { myTasksResponseSchema } from "@/lib/contracts";
import { apiRequest } from "../_shared/api";
import { metersBetween } from "../_shared/distance";
import { useCaseUpdates } from "../_shared/use-case-updates";
import type { DevicePosition } from "../_shared/use-device-position";
import { initialMyTasks, reduceMyTasks, type MyTasksState, type TaskOwner } from "./my-tasks-reducer";

// Nearest-first order is worth redoing once the phone has moved this far from where it was computed.
const RESORT_AFTER_M = 150;
const STALE_RELOAD_MS = 800;
// Socket delivery is at most once and a phone's room has no catch-up: the list checks now and then.
const REFRESH_MS = 60_000;

/** The signed-in worker's tasks, from the API and kept live from the socket. */
export function useMyTasks(owner: TaskOwner, position: DevicePosition): { state: MyTasksState; connected: boolean; reload: () => void } {
  const [state, dispatch] = useReducer(reduceMyTasks, initialMyTasks);
  const positionRef = useRef(position);
  // Where the last reload was asked from: the order is redone only once the phone has moved on from it.
  const queriedFrom = useRef<{ lat: number; lng: number } | null>(null);
  const latestRequest = useRef(0);
  useEffect(() => {
    positionRef.current = position;
  });

  const reload = useCallback(() => {
    const here = positionRef.current;
    queriedFrom.current = here.status === "located" ? { lat: here.lat, lng: here.lng } : null;
    const query = queriedFrom.current ? `?${new URLSearchParams({ lat: String(queriedFrom.current.lat), lng: String(queriedFrom.current.lng) })}` : "";
    // Reloads may overlap (start, reconnection, a move): only the last one asked for is kept.
    const request = ++latestRequest.current;
    dispatch({ type: "load-started" });
    apiRequest(`/api/my/tasks${query}`, myTasksResponseSchema).then(
      (response) => request === latestRequest.current && dispatch({ type: "loaded", response }),
      () => request === latestRequest.current && dispatch({ type: "failed" }),
    );
  }, []);

  const connected = useCaseUpdates((summary) => dispatch({ type: "case-changed", summary, owner }), reload);

  useEffect(() => {
    reload();
    const timer = setInterval(reload, REFRESH_MS);
    const onVisible = () => document.visibilityState === "visible" && reload();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [reload]);

  useEffect(() => {
    if (!state.stale || state.fetching) return;
    const timer = setTimeout(reload, STALE_RELOAD_MS);
    return () => clearTimeout(timer);
  }, [state.stale, state.fetching, reload]);

  const located = position.status === "located" ? position : null;
  useEffect(() => {
    if (!located || state.fetching) return;
    const from = queriedFrom.current;
    if (!from || metersBetween(from, located) > RESORT_AFTER_M) reload();
  }, [located, state.fetching, reload]);

  return { state, connected, reload };
}
