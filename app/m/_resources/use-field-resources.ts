"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { resourceListSchema, type ResourceSummary } from "@/lib/contracts";
import { openScreenSocket } from "@/app/_live/screen-socket";
import { upsertResource } from "@/app/_resources/resource-filter";
import { apiRequest } from "../_shared/api";

export interface FieldResources {
  resources: readonly ResourceSummary[];
  status: "loading" | "ready" | "failed";
  connected: boolean;
  reload: () => void;
  /** A resource as the server answered an action with it. */
  put: (resource: ResourceSummary) => void;
}

/**
 * The resources the department runs (the server scopes the list), kept live: the department's
 * socket room receives their deltas; on every (re)connection the list is loaded again, since the
 * room's sequence numbers skip and cannot be caught up.
 */
export function useFieldResources(): FieldResources {
  const [resources, setResources] = useState<readonly ResourceSummary[]>([]);
  const [status, setStatus] = useState<FieldResources["status"]>("loading");
  const [connected, setConnected] = useState(false);
  const loading = useRef<AbortController | null>(null);

  const reload = useCallback(() => {
    loading.current?.abort();
    const abort = new AbortController();
    loading.current = abort;
    apiRequest("/api/resources", resourceListSchema, { signal: abort.signal }).then(
      (list) => {
        setResources(list.resources);
        setStatus("ready");
      },
      () => {
        if (!abort.signal.aborted) setStatus("failed");
      },
    );
  }, []);
  const put = useCallback((resource: ResourceSummary) => setResources((list) => upsertResource(list, resource)), []);

  useEffect(() => {
    reload();
    const socket = openScreenSocket();
    socket.on("connect", () => {
      setConnected(true);
      reload();
    });
    socket.on("disconnect", () => setConnected(false));
    socket.on("deltas", (deltas) => {
      for (const delta of deltas) if (delta.kind === "resource") put(delta.resource);
    });
    socket.connect();
    return () => {
      socket.disconnect();
      loading.current?.abort();
    };
  }, [reload, put]);

  return { resources, status, connected, reload, put };
}
