"use client";

import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock } from "@/app/_i18n/shanghai-time";
import { isOverdueOpen } from "@/app/_map/case-color";
import styles from "./case-popup-content.module.css";
import { StageBadge } from "./stage-badge";
import type { CaseNames } from "./use-case-names";

/** The selected case at a glance, shown on the map where it happened. */
export function CasePopupContent({ summary, names }: { summary: CaseSummary; names: CaseNames }) {
  const { messages } = useI18n();
  const overdue = isOverdueOpen(summary);
  return (
    <article className={styles.popup} data-testid="case-popup" data-case-id={summary.id} data-overdue={overdue} aria-label={summary.code}>
      <header className={styles.header}>
        <h3 className={styles.code}>{summary.code}</h3>
        <time className={styles.time} dateTime={summary.createdAt}>
          {formatClock(Date.parse(summary.createdAt))}
        </time>
      </header>
      <dl className={styles.facts}>
        <dt>{messages.popup.category}</dt>
        <dd>
          {names.category(summary.category)} · {names.district(summary.district)}
        </dd>
        <dt>{messages.popup.stage}</dt>
        <dd>
          <StageBadge stage={summary.stage} />
          {overdue && <span className={styles.overdue}>{messages.overdue}</span>}
        </dd>
        <dt>{messages.popup.priority}</dt>
        <dd>{messages.priorities[summary.priority]}</dd>
        <dt>{messages.popup.assignee}</dt>
        <dd className={summary.assigneeName ? undefined : styles.missing}>{summary.assigneeName ?? messages.popup.unassigned}</dd>
      </dl>
      {summary.description && <p className={styles.description}>{summary.description}</p>}
    </article>
  );
}
