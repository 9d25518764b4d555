"use client";

import type { Kpi } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import styles from "./leader-panels.module.css";

/** A share as a percentage with one decimal; a dash when nothing counted towards it. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

/** Today's 12345 rates as big numbers. */
export function RatesPanel({ kpi }: { kpi: Kpi | null }) {
  const { messages } = useI18n();
  const rates = [
    { id: "on-time-sign-for", label: messages.leader.onTimeSignFor, value: kpi?.onTimeSignForRate },
    { id: "on-time-close", label: messages.leader.onTimeClose, value: kpi?.onTimeCloseRate },
    { id: "satisfaction", label: messages.leader.satisfaction, value: kpi?.satisfactionRate },
  ];
  return (
    <section className={`${styles.card} ${styles.rates}`} aria-labelledby="rates-title">
      <h2 id="rates-title" className={styles.heading}>
        {messages.leader.ratesTitle}
      </h2>
      <dl className={styles.rateList}>
        {rates.map((rate) => (
          <div key={rate.id} className={styles.rate}>
            <dt className={styles.rateLabel}>{rate.label}</dt>
            <dd className={styles.rateValue} data-testid={`kpi-${rate.id}-rate`}>
              {percent(rate.value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
