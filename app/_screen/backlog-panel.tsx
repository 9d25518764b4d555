"use client";

import type { CSSProperties } from "react";
import type { BacklogRow } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import styles from "./leader-panels.module.css";

// The 1080p wall shows the first five (the stylesheet hides the rest); the 4K wall has room for ten.
const longest = 10;

/** Open cases per department or district, most first, as a short ranked bar list. */
export function BacklogPanel({ id, title, rows, nameOf }: { id: string; title: string; rows: readonly BacklogRow[]; nameOf: (group: string) => string }) {
  const { messages } = useI18n();
  const largest = Math.max(1, ...rows.map((row) => row.open));
  return (
    <section className={`${styles.card} ${styles.backlog}`} aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`} className={styles.heading}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className={styles.empty}>{messages.leader.noBacklog}</p>
      ) : (
        <ol className={styles.bars}>
          {rows.slice(0, longest).map((row) => (
            <li key={row.group} className={styles.barRow} style={{ "--share": row.open / largest } as CSSProperties} data-testid={`${id}-row`}>
              <span className={styles.barName}>{nameOf(row.group)}</span>
              <span className={styles.bar} aria-hidden />
              <span className={styles.barCount}>{row.open.toLocaleString("en-US")}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
