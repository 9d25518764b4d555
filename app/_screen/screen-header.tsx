"use client";

import type { LiveState } from "@/app/_live/live-state";
import { useI18n } from "@/app/_i18n/language-provider";
import { ConnectionBadge } from "./connection-badge";
import { LanguageSwitch } from "./language-switch";
import { LiveClock } from "./live-clock";
import styles from "./screen-header.module.css";

export function ScreenHeader({ live }: { live: LiveState }) {
  const { messages } = useI18n();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{messages.title}</h1>
        <p className={styles.subtitle}>{messages.subtitle}</p>
      </div>
      <div className={styles.status}>
        <ConnectionBadge live={live} />
        <LanguageSwitch />
        <LiveClock />
      </div>
    </header>
  );
}
