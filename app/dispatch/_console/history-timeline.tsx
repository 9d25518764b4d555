"use client";

import { useEffect, useRef } from "react";
import type { HistoryItem } from "@/lib/contracts";
import { formatClock } from "@/app/_i18n/shanghai-time";
import { StageBadge } from "@/app/_screen/stage-badge";
import { describeHistory } from "./describe-history";
import styles from "./detail.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  history: readonly HistoryItem[];
  workerName: (id: string) => string;
}

/** Every step of the case, oldest first: when, what, who, from which stage to which, and why. */
export function HistoryTimeline({ history, workerName }: Props) {
  const m = useDispatchMessages();
  const list = useRef<HTMLOListElement>(null);
  // The latest step matters most: keep it in view as the history grows.
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [history.length]);
  return (
    <section className={styles.history} aria-labelledby="case-history-title">
      <h3 id="case-history-title" className={styles.sectionTitle}>
        {m.detail.history}
      </h3>
      <ol ref={list} className={styles.timeline} data-testid="case-history">
        {history.map((item, index) => {
          const line = describeHistory(item, m, workerName);
          const moved = item.fromStage !== null && item.toStage !== null && item.fromStage !== item.toStage;
          return (
            <li key={index} className={styles.entry} data-testid="history-entry" data-action={item.action}>
              <time className={styles.entryTime} dateTime={item.at}>
                {formatClock(Date.parse(item.at))}
              </time>
              <div className={styles.entryBody}>
                <div className={styles.entryHead}>
                  <strong>{line.action}</strong>
                  {moved && (
                    <span className={styles.move}>
                      <StageBadge stage={item.fromStage!} />→<StageBadge stage={item.toStage!} />
                    </span>
                  )}
                  {!moved && item.toStage && item.fromStage === null && <StageBadge stage={item.toStage} />}
                  <span className={styles.actor}>{line.actor}</span>
                </div>
                {line.facts.length > 0 && <div className={styles.entryFacts}>{line.facts.join(" · ")}</div>}
                {line.note && <q className={styles.note}>{line.note}</q>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
