"use client";

import type { CSSProperties } from "react";
import type { Stage } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { cssRgb, legendStages, stageColors } from "@/app/_map/stage-colors";
import styles from "./stage-breakdown.module.css";

/** How the cases on screen spread over the closed loop, as bars in the stage colours. */
export function StageBreakdown({ counts }: { counts: Partial<Record<Stage, number>> }) {
  const { messages } = useI18n();
  const largest = Math.max(1, ...legendStages.map((stage) => counts[stage] ?? 0));

  return (
    <section className={styles.panel} aria-labelledby="stage-breakdown-title">
      <h2 id="stage-breakdown-title" className={styles.heading}>
        {messages.breakdown.title}
      </h2>
      <ul className={styles.rows}>
        {legendStages.map((stage) => {
          const count = counts[stage] ?? 0;
          const style = { "--stage": cssRgb(stageColors[stage]), "--share": count / largest } as CSSProperties;
          return (
            <li key={stage} className={styles.row} style={style} data-testid={`stage-count-${stage}`}>
              <span className={styles.name}>{messages.stages[stage]}</span>
              <span className={styles.bar} aria-hidden />
              <span className={styles.count}>{count.toLocaleString("en-US")}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
