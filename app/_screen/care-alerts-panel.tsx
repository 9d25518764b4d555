"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/app/_i18n/language-provider";
import { careAlertSummarySchema, type CareAlertSummary } from "@/lib/contracts";
import styles from "./care-alerts-panel.module.css";

const REFRESH_MS = 30_000;

/** Open care alerts as a number and the grid cells they are in: never a household, so any screen viewer may see it. */
export function CareAlertsPanel() {
  const { messages } = useI18n();
  const [summary, setSummary] = useState<CareAlertSummary | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = async () => {
      const response = await fetch("/api/care/alerts/summary", { cache: "no-store" }).catch(() => null);
      const parsed = careAlertSummarySchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
      if (!stopped && parsed.success) setSummary(parsed.data);
    };
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  if (!summary) return null;
  const t = messages.care;
  return (
    <section className={styles.panel} aria-labelledby="care-alerts-title" data-testid="care-alerts-panel">
      <h2 id="care-alerts-title" className={styles.heading}>
        {t.title}
      </h2>
      <p className={styles.line}>
        <span className={summary.open > 0 ? styles.alarming : styles.count} data-testid="care-open-count">
          {summary.open}
        </span>
        <span className={styles.label}>{summary.open > 0 ? `${t.open} · ${t.cells(summary.cells.length)}` : t.none}</span>
        {summary.meterFaults > 0 && <span className={styles.faults}>{t.meterFaults(summary.meterFaults)}</span>}
      </p>
    </section>
  );
}
