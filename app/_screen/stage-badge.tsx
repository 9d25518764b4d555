"use client";

import type { CSSProperties } from "react";
import type { Stage } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { cssRgb, stageColors } from "@/app/_map/stage-colors";
import styles from "./stage-badge.module.css";

/** The stage name on its map colour. */
export function StageBadge({ stage }: { stage: Stage }) {
  const { messages } = useI18n();
  return (
    <span className={styles.badge} data-stage={stage} style={{ "--stage": cssRgb(stageColors[stage]) } as CSSProperties}>
      {messages.stages[stage]}
    </span>
  );
}
