"use client";

import { useCallback, useEffect, useState } from "react";
import { careAlertDetailSchema, careAlertListSchema, type CareAlertDetail } from "@/lib/contracts";
import { apiRequest } from "../_shared/api";

export type CareAlertState = { status: "loading" } | { status: "none" } | { status: "failed" } | { status: "ready"; detail: CareAlertDetail };

/** The care alert a case was opened for, with its household as this worker may see it; `none` for any other case. */
export function useCareAlert(caseId: string): { state: CareAlertState; reload: () => void } {
  const [state, setState] = useState<CareAlertState>({ status: "loading" });
  const load = useCallback(async () => {
    try {
      const { alerts } = await apiRequest(`/api/care/alerts?${new URLSearchParams({ caseId })}`, careAlertListSchema);
      const [alert] = alerts;
      if (!alert) return setState({ status: "none" });
      setState({ status: "ready", detail: await apiRequest(`/api/care/alerts/${alert.id}`, careAlertDetailSchema) });
    } catch {
      setState({ status: "failed" });
    }
  }, [caseId]);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: () => void load() };
}
