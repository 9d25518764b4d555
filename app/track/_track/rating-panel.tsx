"use client";

import { useState } from "react";
import { ratings, trackingViewSchema, type Rating, type TrackingView } from "@/lib/contracts";
import mobile from "../../report/_mobile/mobile.module.css";
import type { TrackMessages } from "./track-messages";
import styles from "./track.module.css";

interface Props {
  token: string;
  version: number;
  onRated: (view: TrackingView) => void;
  onStale: () => Promise<void>;
  t: TrackMessages["rate"];
}

type Status = { kind: "choosing"; error?: string } | { kind: "sending" };

/** 满意 / 基本满意 / 不满意, then one confirming tap: 不满意 reopens the case, so a slip of the thumb must not send it. */
export function RatingPanel({ token, version, onRated, onStale, t }: Props) {
  const [choice, setChoice] = useState<Rating | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "choosing" });

  async function send() {
    if (!choice) return;
    setStatus({ kind: "sending" });
    try {
      const response = await fetch(`/api/track/${token}/rating`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ rating: choice, expectedVersion: version }),
      });
      if (response.ok) return onRated(trackingViewSchema.parse(await response.json()));
      if (response.status === 409) {
        await onStale();
        return setStatus({ kind: "choosing", error: t.conflict });
      }
      setStatus({ kind: "choosing", error: t.failed });
    } catch {
      setStatus({ kind: "choosing", error: t.failed });
    }
  }

  return (
    <section className={`${mobile.card} ${styles.rating}`} data-testid="rating-panel">
      <h2 className={mobile.cardTitle}>{t.title}</h2>
      <div className={styles.ratingChoices} role="radiogroup" aria-label={t.title}>
        {ratings.map((rating) => (
          <button
            key={rating}
            type="button"
            role="radio"
            aria-checked={choice === rating}
            className={styles.ratingChoice}
            data-rating={rating}
            onClick={() => setChoice(rating)}
          >
            {t.options[rating]}
          </button>
        ))}
      </div>
      <p className={mobile.hint}>{t.unsatisfiedHint}</p>
      {status.kind === "choosing" && status.error && (
        <p className={mobile.error} role="alert">
          {status.error}
        </p>
      )}
      <button type="button" className={mobile.primary} disabled={!choice || status.kind === "sending"} onClick={() => void send()} data-testid="send-rating">
        {status.kind === "sending" ? t.sending : t.submit}
      </button>
    </section>
  );
}
