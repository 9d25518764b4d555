"use client";

import type { CSSProperties } from "react";
import type { MyTask } from "@/lib/contracts";
import { cssRgb, stageColors } from "@/app/_map/stage-colors";
import type { MobileMessages } from "../_i18n/mobile-messages";
import { deadlineLabel } from "./deadline-text";
import styles from "./task-list.module.css";

interface Props {
  task: MyTask;
  categoryName: string;
  t: MobileMessages;
  now: number | null;
}

/** One task as a big tappable card: what, how far, and what is due next. */
export function TaskCard({ task, categoryName, t, now }: Props) {
  const { case: summary } = task;
  const deadline = now === null ? null : deadlineLabel(t, task.deadline, task.overdue, now);
  return (
    <li>
      <a
        className={styles.card}
        href={`/m/tasks/${summary.id}`}
        data-testid="task-card"
        data-case-id={summary.id}
        data-stage={summary.stage}
        style={{ "--stage": cssRgb(stageColors[summary.stage]) } as CSSProperties}
      >
        <span className={styles.cardTop}>
          <span className={styles.category}>{categoryName}</span>
          <span className={styles.stage}>{t.stages[summary.stage]}</span>
        </span>
        <span className={styles.description}>{summary.description}</span>
        <span className={styles.cardBottom}>
          <span className={styles.distance}>{task.distanceM === null ? "—" : t.distance(task.distanceM)}</span>
          {deadline && (
            <span className={styles.deadline} data-tone={deadline.tone} data-testid="task-deadline">
              {deadline.step && <span className={styles.deadlineStep}>{deadline.step}</span>}
              {deadline.text}
            </span>
          )}
          {(summary.priority === "urgent" || summary.priority === "high") && (
            <span className={styles.priority} data-priority={summary.priority}>
              {t.priorities[summary.priority]}
            </span>
          )}
        </span>
      </a>
    </li>
  );
}
