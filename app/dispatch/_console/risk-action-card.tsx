"use client";

import type { ReactNode } from "react";
import type { RiskActionKind } from "@/lib/contracts/risk-action";
import type { RiskActionState } from "./use-risk-action";
import { useDispatchMessages } from "./use-dispatch-messages";
import styles from "./risk.module.css";

interface Props {
  kind: RiskActionKind;
  /** What it would use, in words; null when nothing available can serve. */
  uses: string | null;
  /** Why there is nothing to send, when `uses` is null. */
  nothing: string;
  state: RiskActionState;
  canSend: boolean;
  onSend: () => void;
  onOpenCase: (caseId: string) => void;
  children?: ReactNode;
}

/** One suggested action of a risk point: what it would use, one button to send it, and the case it opened. */
export function RiskActionCard({ kind, uses, nothing, state, canSend, onSend, onOpenCase, children }: Props) {
  const m = useDispatchMessages();
  const mine = state.phase !== "idle" && state.kind === kind;
  const busy = state.phase === "sending";
  return (
    <li className={styles.card} data-testid={`risk-action-${kind}`}>
      <div className={styles.cardHead}>
        <strong>{m.risk.kinds[kind]}</strong>
        {canSend && (
          <button type="button" className={styles.send} disabled={uses === null || busy} onClick={onSend} data-testid={`risk-send-${kind}`}>
            {mine && busy ? m.risk.sending : m.risk.send}
          </button>
        )}
      </div>
      <p className={styles.uses}>{uses ?? nothing}</p>
      {children}
      {mine && state.phase === "done" && (
        <p className={styles.outcome} data-tone="done" role="status" data-testid="risk-action-done">
          {state.result.created ? m.risk.sent(state.result.caseCode, state.result.resource?.code ?? null) : m.risk.sentBefore(state.result.caseCode)}{" "}
          <button type="button" className={styles.link} onClick={() => onOpenCase(state.result.caseId)} data-testid="risk-open-case">
            {m.risk.openCase}
          </button>
        </p>
      )}
      {mine && state.phase === "failed" && (
        <p className={styles.outcome} data-tone="failed" role="alert">
          {m.risk.refused(state.message)}
        </p>
      )}
    </li>
  );
}
