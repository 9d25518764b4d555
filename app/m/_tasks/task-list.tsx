"use client";

import type { SessionUser } from "@/lib/contracts";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { useCaseNames } from "@/app/_screen/use-case-names";
import { useNow } from "@/app/_screen/use-now";
import { useResourceMessages } from "@/app/_resources/use-resource-messages";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { useDevicePosition } from "../_shared/use-device-position";
import type { TaskOwner } from "./my-tasks-reducer";
import { TaskCard } from "./task-card";
import { useMyTasks } from "./use-my-tasks";
import styles from "./task-list.module.css";

function ownerOf(user: SessionUser): TaskOwner {
  return user.workerId ? { workerId: user.workerId } : { department: user.department ?? "" };
}

/** 我的任务: open tasks nearest first, live, with the patrol report a thumb's reach away. */
export function TaskList({ user }: { user: SessionUser }) {
  const { t, language } = useMobileMessages();
  const r = useResourceMessages();
  const { position } = useDevicePosition();
  const { state, connected, reload } = useMyTasks(ownerOf(user), position);
  const names = useCaseNames(useCatalogue(), language, "");
  const now = useNow(30_000);
  const response = state.response;
  const origin = response?.origin;

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <h1 className={styles.title}>
          {response?.scope === "department" ? t.tasks.departmentTitle : t.tasks.title}
          {response && <span className={styles.count}>{t.tasks.count(response.tasks.length)}</span>}
        </h1>
        <span className={styles.live} data-connected={connected} data-testid="live-status">
          {connected ? t.live.connected : t.live.offline}
        </span>
        <button type="button" className={styles.refresh} onClick={reload} disabled={state.fetching}>
          {t.tasks.refresh}
        </button>
      </div>
      {response && (
        <p className={styles.order}>{origin ? (origin.source === "device" ? t.tasks.fromHere : t.tasks.fromLastKnown) : t.tasks.noPosition}</p>
      )}

      {user.role === "department_staff" && (
        <a className={styles.resources} href="/m/resources" data-testid="open-field-resources">
          {r.field.open} ›
        </a>
      )}

      {state.status === "loading" && <p className={styles.note}>{t.tasks.loading}</p>}
      {state.status === "failed" && (
        <div className={styles.note} role="alert">
          {t.tasks.loadFailed}
          <button type="button" className={styles.refresh} onClick={reload}>
            {t.tasks.retry}
          </button>
        </div>
      )}
      {response && response.tasks.length === 0 && <p className={styles.note}>{t.tasks.empty}</p>}
      {response && response.tasks.length > 0 && (
        <ul className={styles.list} data-testid="task-list">
          {response.tasks.map((task) => (
            <TaskCard key={task.case.id} task={task} categoryName={names.category(task.case.category)} t={t} now={now} />
          ))}
        </ul>
      )}

      <a className={styles.report} href="/m/report" data-testid="open-patrol-report">
        {t.report.open}
      </a>
    </div>
  );
}
