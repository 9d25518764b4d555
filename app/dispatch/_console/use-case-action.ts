"use client";

import { useCallback, useState } from "react";
import type { CaseActionRequest } from "@/lib/contracts";
import { postCaseAction } from "./post-case-action";
import { useDispatchMessages } from "./use-dispatch-messages";

export interface Notice {
  tone: "done" | "conflict" | "failed";
  text: string;
}

/** Runs one action at a time and says how it went; whatever the outcome, the case is reloaded after. */
export function useCaseAction(reload: () => void) {
  const m = useDispatchMessages();
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async (caseId: string, request: CaseActionRequest, doneText: string): Promise<boolean> => {
      setPending(true);
      setNotice(null);
      const result = await postCaseAction(caseId, request);
      if (result.kind === "signed_out") {
        window.location.assign("/sign-in?next=/dispatch");
        return false;
      }
      setPending(false);
      reload();
      if (result.kind === "done") setNotice({ tone: "done", text: doneText });
      else if (result.kind === "conflict") setNotice({ tone: "conflict", text: m.actions.conflict });
      else if (result.kind === "worker_unavailable") setNotice({ tone: "conflict", text: m.actions.workerUnavailable });
      else setNotice({ tone: "failed", text: m.actions.failed(result.message) });
      return result.kind === "done";
    },
    [m, reload],
  );

  return { pending, notice, run, dismiss: () => setNotice(null) };
}
