"use client";

import type { CaseDetail } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock, formatDate } from "@/app/_i18n/shanghai-time";
import type { ConsoleNames } from "./use-console-names";
import styles from "./detail.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

/** What, where, from whom and with whom, in one compact block. */
export function CaseFacts({ detail, names, address }: { detail: CaseDetail; names: ConsoleNames; address: string | null }) {
  const m = useDispatchMessages();
  const { language } = useI18n();
  const summary = detail.case;
  const reported = Date.parse(summary.createdAt);
  const reporter = detail.reporter && [detail.reporter.name, detail.reporter.phone].filter(Boolean).join(" · ");
  return (
    <dl className={styles.facts} data-testid="case-facts">
      <dt>{m.detail.facts.category}</dt>
      <dd>{names.category(summary.category)}</dd>
      <dt>{m.detail.facts.district}</dt>
      <dd>{names.district(summary.district)}</dd>
      <dt>{m.detail.facts.department}</dt>
      <dd>{names.department(summary.department)}</dd>
      <dt>{m.detail.facts.channel}</dt>
      <dd>{m.channels[summary.channel]}</dd>
      <dt>{m.detail.facts.reported}</dt>
      <dd>
        {formatDate(reported, language)} {formatClock(reported)}
      </dd>
      <dt>{m.detail.facts.assignee}</dt>
      <dd className={summary.assigneeName ? undefined : styles.missing} data-testid="case-assignee">
        {summary.assigneeName ? `${summary.assigneeName} (${summary.assigneeId})` : m.queue.unassigned}
      </dd>
      {reporter && (
        <>
          <dt>{m.detail.facts.reporter}</dt>
          <dd>{reporter}</dd>
        </>
      )}
      {address && (
        <>
          <dt>{m.detail.facts.address}</dt>
          <dd data-testid="case-address">{address}</dd>
        </>
      )}
      <dt>{m.detail.facts.description}</dt>
      <dd className={styles.description}>{summary.description}</dd>
    </dl>
  );
}
