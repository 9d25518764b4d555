"use client";

import type { SummonView } from "@/lib/contracts";
import type { SummonsMessages } from "./summons-messages";
import styles from "./summons.module.css";

interface SummonCardProps {
  summons: SummonView;
  messages: SummonsMessages;
  departmentName: (code: string) => string;
  formatTime: (iso: string) => string;
  /** Shown beside each department, e.g. rating buttons once the case is closed. */
  departmentAction?: (department: string) => React.ReactNode;
}

/** One summons: whistle, deadline, and each department's report-in status (missed in red). */
export function SummonCard({ summons, messages, departmentName, formatTime, departmentAction }: SummonCardProps) {
  return (
    <article className={styles.summons} data-whistle={summons.whistle} data-testid="summons" data-summon-id={summons.id}>
      <div className={styles.meta}>
        <span className={styles.whistle}>{messages.whistles[summons.whistle]}</span>
        <span>{messages.dueAt(formatTime(summons.ackDueAt))}</span>
        <span>{summons.reason}</span>
      </div>
      <ul className={styles.departments}>
        {summons.departments.map((d) => (
          <li key={d.department} className={styles.chip} data-status={d.status} data-testid="summoned-department" data-department={d.department}>
            {departmentName(d.department)} · {messages.statuses[d.status]}
            {departmentAction?.(d.department)}
          </li>
        ))}
      </ul>
    </article>
  );
}
