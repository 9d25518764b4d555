"use client";

import type { CSSProperties } from "react";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { cssRgb, stageColors } from "@/app/_map/stage-colors";
import { useCaseNames } from "@/app/_screen/use-case-names";
import { CareHouseholdPanel } from "../_care/care-household-panel";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { useDevicePosition } from "../_shared/use-device-position";
import { ActionPanel } from "./action-panel";
import { TaskHistory } from "./task-history";
import { TaskLocation } from "./task-location";
import { TaskPhotos } from "./task-photos";
import { arrivedSinceSignFor } from "./task-steps";
import { useTaskDetail } from "./use-task-detail";
import styles from "./task-detail.module.css";

/** Cases the care watch opens (独居老人异常) carry the household in care. */
const CARE_CATEGORY = "elderly_alone_anomaly";

interface Props {
  caseId: string;
  maxPhotoBytes: number;
}

/** One task on the phone: what and where, who to call, its photos and history, and the next step. */
export function TaskDetail({ caseId, maxPhotoBytes }: Props) {
  const { t, language } = useMobileMessages();
  const { state, reload } = useTaskDetail(caseId);
  const { position } = useDevicePosition();
  const names = useCaseNames(useCatalogue(), language, "");

  if (state.status !== "ready") {
    const text = { loading: t.detail.loading, not_yours: t.detail.notYours, not_found: t.detail.notFound, failed: t.tasks.loadFailed }[state.status];
    return (
      <p className={styles.message} role={state.status === "loading" ? undefined : "alert"} data-testid="task-message">
        {text}
      </p>
    );
  }

  const { detail, photos } = state;
  const summary = detail.case;
  const category = names.category(summary.category);
  const arrived = summary.stage === "in_progress" && arrivedSinceSignFor(detail.history);
  return (
    <article className={styles.detail} data-testid="task-detail" data-stage={summary.stage} data-version={summary.version}>
      <header className={styles.head} style={{ "--stage": cssRgb(stageColors[summary.stage]) } as CSSProperties}>
        <h1 className={styles.category}>{category}</h1>
        <span className={styles.stage} data-testid="task-stage">
          {t.stages[summary.stage]}
        </span>
        <span className={styles.code}>{summary.code}</span>
        {summary.overdue && <span className={styles.overdue}>{t.deadline.overdue}</span>}
        {arrived && <span className={styles.arrived}>{t.detail.arrived}</span>}
      </header>

      <TaskLocation summary={summary} name={category} position={position} t={t} />

      {summary.category === CARE_CATEGORY && <CareHouseholdPanel caseId={summary.id} />}

      <section className={styles.section}>
        <h2 className={styles.sectionTitle}>{t.detail.description}</h2>
        <p className={styles.text}>{summary.description}</p>
        {detail.result && (
          <p className={styles.result}>
            <strong>{t.detail.result}：</strong>
            {detail.result}
          </p>
        )}
      </section>

      {detail.reporter && (
        <section className={styles.section}>
          <h2 className={styles.sectionTitle}>{t.detail.reporter}</h2>
          <div className={styles.reporter}>
            <span>{detail.reporter.name ?? t.detail.anonymous}</span>
            {detail.reporter.phone && <span className={styles.phone}>{detail.reporter.phone}</span>}
            {detail.reporter.phone && !detail.reporter.phone.includes("*") && (
              <a className={styles.linkButton} href={`tel:${detail.reporter.phone.replace(/[^+\d]/g, "")}`}>
                {t.detail.call}
              </a>
            )}
          </div>
        </section>
      )}

      <TaskPhotos photos={photos} t={t} />
      <TaskHistory history={detail.history} t={t} />
      <ActionPanel detail={detail} t={t} maxPhotoBytes={maxPhotoBytes} reload={reload} />
    </article>
  );
}
