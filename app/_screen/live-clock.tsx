"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock, formatDate } from "@/app/_i18n/shanghai-time";
import styles from "./live-clock.module.css";
import { useNow } from "./use-now";

/** Shanghai date and time, ticking every second; blank until mounted so server and browser agree. */
export function LiveClock() {
  const { language } = useI18n();
  const now = useNow();

  return (
    <div className={styles.clock}>
      <span className={styles.date}>{now === null ? "" : formatDate(now, language)}</span>
      <time className={styles.time} dateTime={now === null ? undefined : new Date(now).toISOString()} data-testid="clock">
        {now === null ? "--:--:--" : formatClock(now)}
      </time>
    </div>
  );
}
