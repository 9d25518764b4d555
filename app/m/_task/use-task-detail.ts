"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { caseDetailSchema, casePhotosResponseSchema, type CaseDetail, type CasePhoto } from "@/lib/contracts";
import { ApiError, apiRequest } from "../_shared/api";
import { useCaseUpdates } from "../_shared/use-case-updates";

export type TaskDetailState =
  | { status: "loading" }
  | { status: "ready"; detail: CaseDetail; photos: CasePhoto[] }
  | { status: "not_yours" | "not_found" | "failed" };

/** One case with its photos, reloaded whenever a newer version of it is pushed or the socket reconnects. */
export function useTaskDetail(caseId: string): { state: TaskDetailState; reload: () => Promise<void> } {
  const [state, setState] = useState<TaskDetailState>({ status: "loading" });
  const version = useRef(0);
  const latestRequest = useRef(0);

  const reload = useCallback(async () => {
    // A push, a reconnection and an action may each reload at once: only the last one asked for is shown.
    const request = ++latestRequest.current;
    try {
      const [detail, { photos }] = await Promise.all([
        apiRequest(`/api/cases/${encodeURIComponent(caseId)}`, caseDetailSchema),
        apiRequest(`/api/uploads?${new URLSearchParams({ caseId })}`, casePhotosResponseSchema),
      ]);
      if (request !== latestRequest.current) return;
      version.current = detail.case.version;
      setState({ status: "ready", detail, photos });
    } catch (error) {
      if (request !== latestRequest.current) return;
      const status = error instanceof ApiError ? error.status : 0;
      // 403: reassigned, recalled or otherwise out of this person's scope since the list was loaded.
      setState((current) =>
        status === 403 ? { status: "not_yours" } : status === 404 || status === 400 ? { status: "not_found" } : current.status === "ready" ? current : { status: "failed" },
      );
    }
  }, [caseId]);

  useCaseUpdates(
    (summary) => {
      if (summary.id === caseId && summary.version > version.current) void reload();
    },
    () => void reload(),
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
