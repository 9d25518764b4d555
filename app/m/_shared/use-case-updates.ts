"use client";

import { useEffect, useRef, useState } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { openScreenSocket } from "@/app/_live/screen-socket";

/**
 * Case updates pushed to this phone: the server puts a worker's socket in their own room and a
 * department's staff in theirs. Their sequence numbers skip (other rooms' updates are not sent), so
 * there is no catch-up: on every (re)connection `onConnect` reloads instead. Returns whether connected.
 */
export function useCaseUpdates(onCase: (summary: CaseSummary) => void, onConnect: () => void): boolean {
  const [connected, setConnected] = useState(false);
  const handlers = useRef({ onCase, onConnect });
  useEffect(() => {
    handlers.current = { onCase, onConnect };
  });

  useEffect(() => {
    const socket = openScreenSocket();
    socket.on("connect", () => {
      setConnected(true);
      handlers.current.onConnect();
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("deltas", (deltas) => {
      for (const delta of deltas) if (delta.kind === "case") handlers.current.onCase(delta.case);
    });
    socket.connect();
    return () => {
      socket.disconnect();
    };
  }, []);

  return connected;
}
