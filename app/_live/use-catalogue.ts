"use client";

import { useEffect, useState } from "react";
import { catalogueResponseSchema, type CatalogueResponse } from "@/lib/contracts";
import { fetchJson } from "./fetch-json";
import { retryDelayMs } from "./retry-delay";

/** The catalogue (category and district names), fetched once and retried until the server has it. */
export function useCatalogue(): CatalogueResponse | null {
  const [catalogue, setCatalogue] = useState<CatalogueResponse | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      fetchJson("/api/catalogue", catalogueResponseSchema, abort.signal).then(setCatalogue, () => {
        if (!abort.signal.aborted) timer = setTimeout(() => load(attempt + 1), retryDelayMs(attempt));
      });
    };
    load(0);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, []);

  return catalogue;
}
