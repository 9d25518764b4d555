"use client";

import { useEffect, useState } from "react";
import mobile from "../_mobile/mobile.module.css";
import type { ReportMessages } from "./report-messages";
import styles from "./report.module.css";

interface Props {
  trackingUrl: string;
  onAnother: () => void;
  t: ReportMessages["done"];
}

/** The private link, shown once the report is queued: the resident's only way back if not signed in. */
export function SubmittedView({ trackingUrl, onAnother, t }: Props) {
  const [copied, setCopied] = useState(false);
  const [fullUrl, setFullUrl] = useState(trackingUrl);
  useEffect(() => setFullUrl(new URL(trackingUrl, window.location.origin).href), [trackingUrl]);

  async function copy() {
    // The clipboard API exists only on secure pages; elsewhere the link stays selectable by hand.
    await navigator.clipboard?.writeText(fullUrl).then(() => setCopied(true), () => undefined);
  }

  return (
    <section className={`${mobile.card} ${styles.done}`} aria-live="polite" data-testid="report-submitted">
      <div className={styles.doneMark} aria-hidden>
        ✓
      </div>
      <h2 className={styles.doneTitle}>{t.title}</h2>
      <p className={mobile.hint}>{t.body}</p>
      <p className={styles.link} data-testid="tracking-link">
        {fullUrl}
      </p>
      <a className={mobile.primary} href={trackingUrl} data-testid="open-tracking">
        {t.open}
      </a>
      <div className={styles.buttonRow}>
        <button type="button" className={mobile.secondary} onClick={() => void copy()}>
          {copied ? t.copied : t.copy}
        </button>
        <button type="button" className={mobile.secondary} onClick={onAnother}>
          {t.another}
        </button>
      </div>
    </section>
  );
}
