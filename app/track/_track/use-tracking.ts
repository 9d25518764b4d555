"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { fetchJson } from "@/app/_live/fetch-json";
import { trackingViewSchema, type ClientToServerEvents, type ServerToClientEvents, type TrackingView } from "@/lib/contracts";

const pollMs = 5_000;

export interface Tracking {
  view: TrackingView;
  online: boolean;
  refresh: () => Promise<void>;
  replace: (view: TrackingView) => void;
}

/**
 * The tracking view kept current: polled every few seconds while the page is visible, and fetched
 * at once when the signed-in reporter's socket room announces a step of this case.
 */
export function useTracking(token: string, initial: TrackingView, listen: boolean): Tracking {
  const [view, setView] = useState(initial);
  const [online, setOnline] = useState(true);
  const code = useRef(initial.case.code);

  const refresh = useCallback(async () => {
    try {
      setView(await fetchJson(`/api/track/${token}`, trackingViewSchema));
      setOnline(true);
    } catch {
      setOnline(false);
    }
  }, [token]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, pollMs);
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  useEffect(() => {
    if (!listen) return;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ reconnectionDelayMax: 10_000 });
    socket.on("notification", (notification) => {
      if (notification.caseCode === code.current) void refresh();
    });
    return () => void socket.close();
  }, [listen, refresh]);

  return { view, online, refresh, replace: setView };
}
