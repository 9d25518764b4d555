"use client";

import { useCallback, useState } from "react";
import type { RiskHorizon } from "@/lib/contracts/risk";
import type { RiskActionKind, RiskActionResult } from "@/lib/contracts/risk-action";
import { postRiskAction } from "./post-risk-action";

export type RiskActionState =
  | { phase: "idle" }
  | { phase: "sending"; kind: RiskActionKind }
  | { phase: "done"; kind: RiskActionKind; result: RiskActionResult }
  | { phase: "failed"; kind: RiskActionKind; message: string };

/** 128 random bits in hex; `getRandomValues`, unlike `randomUUID`, works on a plain-http intranet page too. */
function newClickKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends one suggestion of a risk point at a time. Each click carries a key of its own, so the server opens one
 * case and sends one resource however often the request is repeated on its way.
 */
export function useRiskAction(cell: string, horizon: RiskHorizon, computedAt: string | null, onSent: () => void) {
  const [state, setState] = useState<RiskActionState>({ phase: "idle" });

  const send = useCallback(
    async (kind: RiskActionKind, resourceId: string | null) => {
      if (!computedAt) return;
      setState({ phase: "sending", kind });
      const clientKey = `risk-${newClickKey()}`;
      const posted = await postRiskAction(cell, { kind, horizon, computedAt, clientKey, ...(resourceId && { resourceId }) });
      if (posted.kind === "signed_out") {
        window.location.assign(`/sign-in?${new URLSearchParams({ next: `/dispatch?risk=${cell}` })}`);
        return;
      }
      setState(posted.kind === "done" ? { phase: "done", kind, result: posted.result } : { phase: "failed", kind, message: posted.message });
      onSent();
    },
    [cell, horizon, computedAt, onSent],
  );

  return { state, send };
}
