"use client";

import type { Language } from "@/app/_i18n/languages";
import { formatMoment } from "../_mobile/format-time";
import mobile from "../_mobile/mobile.module.css";
import type { RecentReport } from "./recent-reports";
import styles from "./report.module.css";

interface Props {
  reports: readonly RecentReport[];
  categoryName: (code: string) => string;
  language: Language;
  title: string;
}

export function RecentList({ reports, categoryName, language, title }: Props) {
  if (reports.length === 0) return null;
  return (
    <section className={mobile.card}>
      <h2 className={mobile.cardTitle}>{title}</h2>
      <ul className={styles.recent}>
        {reports.map((report) => (
          <li key={report.trackingUrl}>
            <a href={report.trackingUrl} className={styles.recentLink}>
              <span>{categoryName(report.category)}</span>
              <span className={mobile.hint}>{formatMoment(report.at, language)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
