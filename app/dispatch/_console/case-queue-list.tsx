"use client";

import type { CaseSummary } from "@/lib/contracts";
import type { CaseNames } from "@/app/_screen/use-case-names";
import { QueueRow } from "./queue-row";
import styles from "./queue.module.css";
import type { CaseQueue } from "./use-case-queue";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  queue: CaseQueue;
  names: CaseNames;
  selectedId: string | null;
  onSelect: (summary: CaseSummary) => void;
}

/** The filtered queue, newest first and live; older pages on request. */
export function CaseQueueList({ queue, names, selectedId, onSelect }: Props) {
  const m = useDispatchMessages();
  const placeholder =
    queue.status === "loading" ? m.queue.loading : queue.status === "failed" ? m.queue.failed : queue.cases.length === 0 ? m.queue.empty : null;

  return (
    <section className={styles.queue} aria-labelledby="dispatch-queue-title">
      <h2 id="dispatch-queue-title" className={styles.heading}>
        {m.queue.title}
        <span className={styles.count} data-testid="queue-count">
          {m.queue.loaded(queue.cases.length, queue.hasMore)}
        </span>
      </h2>
      {placeholder && <p className={styles.placeholder}>{placeholder}</p>}
      <ol className={styles.list} data-testid="dispatch-queue" data-status={queue.status}>
        {queue.cases.map((summary) => (
          <QueueRow key={summary.id} summary={summary} names={names} selected={summary.id === selectedId} onSelect={onSelect} />
        ))}
        {queue.hasMore && (
          <li className={styles.more}>
            <button type="button" className={styles.moreButton} onClick={queue.loadMore}>
              {m.queue.loadMore}
            </button>
          </li>
        )}
      </ol>
    </section>
  );
}
