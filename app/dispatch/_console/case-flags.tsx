"use client";

import type { CaseSummary } from "@/lib/contracts";
import styles from "./case-flags.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

/** 超期 in red and 已升级 in amber, where they apply. */
export function CaseFlags({ summary }: { summary: CaseSummary }) {
  const m = useDispatchMessages();
  return (
    <>
      {summary.overdue && (
        <span className={styles.overdue} data-testid="flag-overdue">
          {m.flags.overdue}
        </span>
      )}
      {summary.escalated && (
        <span className={styles.escalated} data-testid="flag-escalated">
          {m.flags.escalated}
        </span>
      )}
    </>
  );
}
