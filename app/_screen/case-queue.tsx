"use client";

import { useState } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import styles from "./case-queue.module.css";
import { CaseQueueItem } from "./case-queue-item";
import type { CaseNames } from "./use-case-names";

interface CaseQueueProps {
  cases: readonly CaseSummary[];
  hasData: boolean;
  names: CaseNames;
  selectedId: string | null;
  onSelect: (caseId: string) => void;
}

/** Newest cases first; a case that arrives after the queue was first shown flashes once. */
export function CaseQueue({ cases, hasData, names, selectedId, onSelect }: CaseQueueProps) {
  const { messages } = useI18n();
  const [firstShown, setFirstShown] = useState<ReadonlySet<string> | null>(null);
  if (firstShown === null && cases.length > 0) setFirstShown(new Set(cases.map((summary) => summary.id)));

  return (
    <section className={styles.panel} aria-labelledby="case-queue-title">
      <h2 id="case-queue-title" className={styles.heading}>
        {messages.queue.title}
        <span className={styles.count}>{messages.queue.count(cases.length)}</span>
      </h2>
      {cases.length === 0 && <p className={styles.placeholder}>{hasData ? messages.queue.empty : messages.queue.waiting}</p>}
      <ol className={styles.list} data-testid="case-queue">
        {cases.map((summary) => (
          <CaseQueueItem
            key={summary.id}
            summary={summary}
            names={names}
            selected={summary.id === selectedId}
            arrived={firstShown !== null && !firstShown.has(summary.id)}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </section>
  );
}
