"use client";

import type { CaseReport } from "@/lib/contracts";
import { formatShortTime } from "@/app/_i18n/shanghai-time";
import styles from "./case-reports.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

/** The reports a case carries once duplicates were merged into it: who said what, when and how. */
export function CaseReports({ caseId, reports }: { caseId: string; reports: readonly CaseReport[] }) {
  const m = useDispatchMessages();
  if (reports.length < 2) return null;
  return (
    <section className={styles.reports} aria-labelledby="case-reports-title">
      <h3 id="case-reports-title" className={styles.title}>
        {m.detail.reports.title(reports.length)}
      </h3>
      <ol className={styles.list} data-testid="case-reports">
        {reports.map((report) => {
          const reporter = report.reporter && [report.reporter.name, report.reporter.phone].filter(Boolean).join(" · ");
          return (
            <li key={`${report.caseId}-${report.at}`} className={styles.report} data-testid="case-report" data-case-id={report.caseId}>
              <div className={styles.head}>
                <time dateTime={report.at}>{formatShortTime(Date.parse(report.at))}</time>
                <span className={styles.channel}>{m.channels[report.channel]}</span>
                <span className={styles.origin}>{report.caseId === caseId ? m.detail.reports.thisCase : m.detail.reports.mergedFrom(report.caseCode)}</span>
                {reporter && <span className={styles.reporter}>{reporter}</span>}
              </div>
              <p className={styles.text}>{report.description}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
