"use client";

import { memo, type CSSProperties } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatShortTime } from "@/app/_i18n/shanghai-time";
import { cssRgb, stageColors } from "@/app/_map/stage-colors";
import { StageBadge } from "@/app/_screen/stage-badge";
import type { CaseNames } from "@/app/_screen/use-case-names";
import { CaseFlags } from "./case-flags";
import styles from "./queue.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  summary: CaseSummary;
  names: CaseNames;
  selected: boolean;
  onSelect: (summary: CaseSummary) => void;
}

/** Two dense lines per case: code, flags and stage; what, where, who and when. Overdue rows are red. */
export const QueueRow = memo(function QueueRow({ summary, names, selected, onSelect }: Props) {
  const { messages } = useI18n();
  const m = useDispatchMessages();
  const urgent = summary.priority === "urgent" || summary.priority === "high";
  return (
    <li data-testid="queue-row" data-case-id={summary.id} data-stage={summary.stage} data-overdue={summary.overdue}>
      <button
        type="button"
        className={styles.row}
        aria-pressed={selected}
        onClick={() => onSelect(summary)}
        style={{ "--stage": cssRgb(stageColors[summary.stage]) } as CSSProperties}
      >
        <span className={styles.rowCode}>
          {urgent && <span className={styles.priority}>{messages.priorities[summary.priority]}</span>}
          {summary.code}
          <CaseFlags summary={summary} />
        </span>
        <StageBadge stage={summary.stage} />
        <span className={styles.rowWhat}>
          {names.category(summary.category)}
          <span className={styles.rowWhere}>{names.district(summary.district)}</span>
        </span>
        <span className={styles.rowWho}>
          <span className={summary.assigneeName ? undefined : styles.unassigned}>{summary.assigneeName ?? m.queue.unassigned}</span>
          <time dateTime={summary.createdAt}>{formatShortTime(Date.parse(summary.createdAt))}</time>
        </span>
      </button>
    </li>
  );
});
