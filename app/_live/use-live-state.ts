"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { alertListSchema, snapshotSchema } from "@/lib/contracts";
import { fetchJson } from "./fetch-json";
import { initialLiveState, type LiveState } from "./live-state";
import { createLiveStore } from "./live-store";
import { startLiveSync } from "./live-sync";
import { openScreenSocket } from "./screen-socket";

/** The live city state for this screen: snapshot plus deltas, kept in sync while mounted. */
export function useLiveState(): LiveState {
  const [store] = useState(() => createLiveStore());

  useEffect(
    () =>
      startLiveSync({
        store,
        socket: openScreenSocket(),
        loadSnapshot: () => fetchJson("/api/snapshot", snapshotSchema),
      }),
    [store],
  );

  // Alerts in force are not in the snapshot: they come once from their route, then as `alert` deltas.
  useEffect(() => {
    const controller = new AbortController();
    fetchJson("/api/alerts", alertListSchema, controller.signal).then(
      ({ alerts }) => store.dispatch({ type: "alerts-loaded", alerts }),
      (error: Error) => controller.signal.aborted || console.warn("warning areas not loaded:", error.message),
    );
    return () => controller.abort();
  }, [store]);

  return useSyncExternalStore(store.subscribe, store.getState, () => initialLiveState);
}
