"use client";

import type { ResourceNotice as Notice } from "@/app/_resources/use-resource-action";
import styles from "./resources.module.css";

/** How the last move of a resource went: done, someone was first (the view now shows the resource as it is), or refused. */
export function ResourceNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <p className={styles.notice} data-tone={notice.tone} role="alert" data-testid="resource-notice">
      {notice.text}
      <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label="×">
        ×
      </button>
    </p>
  );
}
