"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { caseListSchema, type CaseSummary } from "@/lib/contracts";
import type { CaseLookup } from "@/app/_live/case-collection";
import { fetchJson } from "@/app/_live/fetch-json";
import { retryDelayMs } from "@/app/_live/retry-delay";
import { mergeQueue } from "./merge-queue";
import { queueUrl, type QueueFilter } from "./queue-filter";

const PAGE = 50;

interface Pages {
  filter: QueueFilter;
  cases: CaseSummary[];
  nextBefore: string | null;
  status: "loading" | "ready" | "failed";
}

export interface CaseQueue {
  cases: CaseSummary[];
  status: Pages["status"];
  hasMore: boolean;
  loadMore: () => void;
}

/** The server's pages for the filter, kept current by the live feed; the first page is retried until it loads. */
export function useCaseQueue(filter: QueueFilter, live: CaseLookup): CaseQueue {
  const [pages, setPages] = useState<Pages>({ filter, cases: [], nextBefore: null, status: "loading" });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      fetchJson(queueUrl(filter, { limit: PAGE }), caseListSchema, abort.signal).then(
        (list) => setPages({ filter, cases: list.cases, nextBefore: list.nextBefore, status: "ready" }),
        () => {
          if (abort.signal.aborted) return;
          setPages((current) => ({ ...current, status: "failed" }));
          timer = setTimeout(() => load(attempt + 1), retryDelayMs(attempt));
        },
      );
    };
    setPages({ filter, cases: [], nextBefore: null, status: "loading" });
    load(0);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [filter]);

  const { nextBefore } = pages;
  const loadMore = useCallback(() => {
    if (!nextBefore || loadingMore) return;
    setLoadingMore(true);
    fetchJson(queueUrl(filter, { limit: PAGE, before: nextBefore }), caseListSchema)
      .then(
        (list) =>
          setPages((current) =>
            current.filter === filter ? { ...current, cases: [...current.cases, ...list.cases], nextBefore: list.nextBefore } : current,
          ),
        () => undefined,
      )
      .finally(() => setLoadingMore(false));
  }, [filter, nextBefore, loadingMore]);

  const cases = useMemo(
    () => (pages.status === "ready" ? mergeQueue(pages.cases, live, filter, pages.nextBefore === null) : []),
    [pages, live, filter],
  );
  return { cases, status: pages.status, hasMore: pages.nextBefore !== null, loadMore };
}
