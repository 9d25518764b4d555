"use client";

import { useCallback, useState } from "react";
import { caseDetailSchema, duplicatesResponseSchema, openStages, workerSuggestionsSchema } from "@/lib/contracts";
import { allowedAt, type ConsolePermissions } from "./console-permissions";
import { useResource } from "./use-resource";

/**
 * The selected case with its history, the workers it could go to and its likely duplicates. All
 * reload when the live feed reports a newer version of the case, or when `reload` is called.
 */
export function useCaseDetailData(caseId: string, liveVersion: number | null, permissions: ConsolePermissions) {
  const [reloads, setReloads] = useState(0);
  const detail = useResource(`/api/cases/${caseId}`, caseDetailSchema, `${liveVersion}/${reloads}`);
  const summary = detail.data?.case ?? null;
  const stage = summary?.stage;
  const revision = `${summary?.version}/${reloads}`;
  const assignable = stage !== undefined && (allowedAt(permissions, "dispatch", stage) || allowedAt(permissions, "reassign", stage));
  const candidates = useResource(assignable ? `/api/cases/${caseId}/candidates` : null, workerSuggestionsSchema, revision);
  const mergeable = stage !== undefined && permissions.merge !== undefined && openStages.includes(stage);
  const duplicates = useResource(mergeable ? `/api/cases/${caseId}/duplicates` : null, duplicatesResponseSchema, revision);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { detail, summary, candidates, duplicates, reload };
}
