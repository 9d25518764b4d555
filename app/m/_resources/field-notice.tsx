"use client";

import type { ResourceNotice } from "@/app/_resources/use-resource-action";
import styles from "./field-resources.module.css";

/** How the card's last move went, under it. */
export function FieldNotice({ notice, onDismiss }: { notice: ResourceNotice | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <p className={styles.notice} data-tone={notice.tone} role="status" data-testid="field-notice" onClick={onDismiss}>
      {notice.text}
    </p>
  );
}
