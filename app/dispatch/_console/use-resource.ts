"use client";

import { useEffect, useState } from "react";
import type { z } from "zod";
import { fetchJson } from "@/app/_live/fetch-json";

export interface Resource<T> {
  data: T | null;
  status: "idle" | "loading" | "ready" | "failed";
}

/**
 * GET `url` checked against its contract, again whenever `revision` changes (e.g. the case's
 * version); the last answer stays shown while the next loads. A null url loads nothing.
 */
export function useResource<S extends z.ZodType>(url: string | null, schema: S, revision: unknown): Resource<z.infer<S>> {
  const [state, setState] = useState<Resource<z.infer<S>> & { url: string | null }>({ url, data: null, status: "idle" });

  useEffect(() => {
    if (url === null) {
      setState({ url, data: null, status: "idle" });
      return;
    }
    const abort = new AbortController();
    setState((current) => ({ url, data: current.url === url ? current.data : null, status: "loading" }));
    fetchJson(url, schema, abort.signal).then(
      (data) => setState({ url, data, status: "ready" }),
      () => {
        if (!abort.signal.aborted) setState((current) => ({ ...current, status: "failed" }));
      },
    );
    return () => abort.abort();
  }, [url, schema, revision]);

  return state.url === url ? state : { data: null, status: url === null ? "idle" : "loading" };
}
