"use client";

import type { KpiHour } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { TrendChart } from "./trend-chart";
import styles from "./leader-panels.module.css";

/** The last 24 hours: cases reported per hour, the open backlog and the median time to dispatch. */
export function TrendsPanel({ hours }: { hours: readonly KpiHour[] }) {
  const { messages } = useI18n();
  const last = hours.at(-1);
  const median = last?.medianSecondsToDispatch;
  return (
    <section className={`${styles.card} ${styles.trends}`} aria-labelledby="trends-title">
      <h2 id="trends-title" className={styles.heading}>
        {messages.leader.trendsTitle}
      </h2>
      <TrendChart
        id="trend-reported"
        label={messages.leader.reportedPerHour}
        values={hours.map((hour) => hour.reported)}
        latest={last ? last.reported.toLocaleString("en-US") : "—"}
        shape="bars"
      />
      <TrendChart
        id="trend-backlog"
        label={messages.leader.backlogPerHour}
        values={hours.map((hour) => hour.backlog)}
        latest={last ? last.backlog.toLocaleString("en-US") : "—"}
        shape="line"
      />
      <TrendChart
        id="trend-time-to-dispatch"
        label={messages.leader.medianToDispatchPerHour}
        values={hours.map((hour) => hour.medianSecondsToDispatch)}
        latest={median === null || median === undefined ? "—" : messages.duration(median)}
        shape="bars"
      />
      <p className={styles.trendSpan} aria-hidden>
        <span>{messages.leader.last24Hours}</span>
        <span>{messages.leader.now}</span>
      </p>
    </section>
  );
}
