"use client";

import type { ReactNode } from "react";
import type { LiveState } from "@/app/_live/live-state";
import { useI18n } from "@/app/_i18n/language-provider";
import { ConnectionBadge } from "./connection-badge";
import { LanguageSwitch } from "./language-switch";
import { LiveClock } from "./live-clock";
import styles from "./screen-header.module.css";

/** `actions`: the screen's controls beside the connection state (the typhoon-mode switch). */
export function ScreenHeader({ live, actions }: { live: LiveState; actions?: ReactNode }) {
  const { messages } = useI18n();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{messages.title}</h1>
        <p className={styles.subtitle}>{messages.subtitle}</p>
      </div>
      <div className={styles.status}>
        {actions}
        <ConnectionBadge live={live} />
        <LanguageSwitch />
        <LiveClock />
      </div>
    </header>
  );
}
