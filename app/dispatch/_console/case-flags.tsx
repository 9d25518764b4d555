"use client";

import { isPlaced, type CaseSummary } from "@/lib/contracts";
import styles from "./case-flags.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

/** 超期 in red, 已升级 in amber, 待定位 for a case nobody could place yet and 位置约略 for one placed by its district, where they apply. */
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
      {!isPlaced(summary) && (
        <span className={styles.unplaced} data-testid="flag-needs-location">
          {m.flags.needsLocation}
        </span>
      )}
      {isPlaced(summary) && summary.locationApproximate && (
        <span className={styles.unplaced} data-testid="flag-approximate-location">
          {m.flags.approximate}
        </span>
      )}
    </>
  );
}
