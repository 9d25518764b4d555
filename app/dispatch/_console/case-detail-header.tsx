"use client";

import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { StageBadge } from "@/app/_screen/stage-badge";
import { CaseFlags } from "./case-flags";
import { allowedAt, type ConsoleAction, type ConsolePermissions } from "./console-permissions";
import styles from "./detail.module.css";
import type { Notice } from "./use-case-action";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  summary: CaseSummary;
  permissions: ConsolePermissions;
  /** 派单 while the case waits in the pool, 改派 once a worker holds it. */
  assignAction: "dispatch" | "reassign";
  duplicateCount: number | null;
  tool: ConsoleAction | null;
  onTool: (tool: ConsoleAction) => void;
  notice: Notice | null;
  onDismiss: () => void;
}

/** The case's code, stage and flags, the moves the desk may make on it now, and how the last one went. */
export function CaseDetailHeader({ summary, permissions, assignAction, duplicateCount, tool, onTool, notice, onDismiss }: Props) {
  const m = useDispatchMessages();
  const { messages } = useI18n();
  const tools: ConsoleAction[] = [assignAction, "locate", "merge", "reject", "cancel"];

  return (
    <header className={styles.header}>
      <div className={styles.identity}>
        <h2 className={styles.code}>{summary.code}</h2>
        <span className={styles.priority} data-priority={summary.priority}>
          {messages.priorities[summary.priority]}
        </span>
        <StageBadge stage={summary.stage} />
        <CaseFlags summary={summary} />
        <span className={styles.version}>{m.detail.version(summary.version)}</span>
      </div>
      <div className={styles.toolbar} role="toolbar" aria-label={m.detail.actions}>
        {tools
          .filter((action) => permissions[action] !== undefined)
          .map((action) => {
            const allowed = allowedAt(permissions, action, summary.stage);
            return (
              <button
                key={action}
                type="button"
                className={styles.toolButton}
                data-action={action}
                aria-pressed={tool === action}
                disabled={!allowed}
                title={allowed ? undefined : m.actions.notAllowed}
                onClick={() => onTool(action)}
                data-testid={`action-${action}`}
              >
                {m.actions[action]}
                {action === "merge" && duplicateCount !== null && duplicateCount > 0 && <span className={styles.badge}>{duplicateCount}</span>}
              </button>
            );
          })}
      </div>
      {notice && (
        <p className={styles.notice} data-tone={notice.tone} role="alert" data-testid="action-notice">
          {notice.text}
          <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label="×">
            ×
          </button>
        </p>
      )}
    </header>
  );
}
