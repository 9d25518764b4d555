"use client";

import { memo, type CSSProperties } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock } from "@/app/_i18n/shanghai-time";
import { caseColor, isOverdueOpen } from "@/app/_map/case-color";
import { cssRgb } from "@/app/_map/stage-colors";
import styles from "./case-queue.module.css";
import { StageBadge } from "./stage-badge";
import type { CaseNames } from "./use-case-names";

interface CaseQueueItemProps {
  summary: CaseSummary;
  names: CaseNames;
  selected: boolean;
  /** Came in after the queue was first shown: flashes once as it appears. */
  arrived: boolean;
  onSelect: (caseId: string) => void;
}

export const CaseQueueItem = memo(function CaseQueueItem({ summary, names, selected, arrived, onSelect }: CaseQueueItemProps) {
  const { messages } = useI18n();
  const category = names.category(summary.category);
  const district = names.district(summary.district);
  const time = formatClock(Date.parse(summary.createdAt));
  const urgent = summary.priority === "urgent" || summary.priority === "high";
  const overdue = isOverdueOpen(summary);

  return (
    <li className={arrived ? `${styles.item} ${styles.arrived}` : styles.item} data-testid="case-item" data-case-id={summary.id} data-stage={summary.stage} data-overdue={overdue}>
      <button
        type="button"
        className={styles.button}
        aria-pressed={selected}
        aria-label={messages.queue.itemLabel({ code: summary.code, category, district, stage: messages.stages[summary.stage], overdue, time })}
        onClick={() => onSelect(summary.id)}
        style={{ "--stage": cssRgb(caseColor(summary)) } as CSSProperties}
      >
        <span className={styles.code}>
          {urgent && <span className={styles.priority}>{messages.priorities[summary.priority]}</span>}
          {summary.code}
          {overdue && (
            <span className={styles.overdue} data-testid="overdue-flag">
              {messages.overdue}
            </span>
          )}
        </span>
        <time className={styles.time} dateTime={summary.createdAt}>
          {time}
        </time>
        <span className={styles.what}>
          {category}
          <span className={styles.district}>{district}</span>
        </span>
        <StageBadge stage={summary.stage} />
      </button>
    </li>
  );
});
