"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { densityRamp } from "@/app/_map/density-ramp";
import { overdueColor } from "@/app/_map/case-color";
import { cssRgb, legendStages, stageColors } from "@/app/_map/stage-colors";
import { workerColors } from "@/app/_map/workers-layer";
import styles from "./stage-legend.module.css";

const rgbaCss = ([r, g, b, a]: readonly [number, number, number, number]) => `rgb(${r} ${g} ${b} / ${a / 255})`;

/** What the colours on the map mean: case stages, overdue cases, workers, and the density ramp. */
export function StageLegend() {
  const { messages } = useI18n();
  const ramp = `linear-gradient(90deg, ${densityRamp.map((color) => cssRgb(color)).join(", ")})`;

  return (
    <section className={styles.legend} aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className={styles.title}>
        {messages.legend.title}
      </h2>
      <ul className={styles.entries}>
        {legendStages.map((stage) => (
          <li key={stage} className={styles.entry}>
            <span className={styles.swatch} style={{ background: cssRgb(stageColors[stage]) }} aria-hidden />
            {messages.stages[stage]}
          </li>
        ))}
        <li className={styles.entry} data-testid="legend-overdue">
          <span className={`${styles.swatch} ${styles.overdue}`} style={{ background: cssRgb(overdueColor) }} aria-hidden />
          {messages.overdue}
        </li>
        <li className={styles.entry}>
          <span className={styles.worker} style={{ background: rgbaCss(workerColors.onDuty) }} aria-hidden />
          {messages.legend.workersOnDuty}
        </li>
        <li className={styles.entry}>
          <span className={styles.worker} style={{ background: rgbaCss(workerColors.offDuty) }} aria-hidden />
          {messages.legend.workersOffDuty}
        </li>
      </ul>
      <div className={styles.density}>
        <span>{messages.legend.density}</span>
        <span className={styles.ramp} style={{ background: ramp }} aria-hidden />
        <span className={styles.rampEnds}>
          <span>{messages.legend.low}</span>
          <span>{messages.legend.high}</span>
        </span>
      </div>
    </section>
  );
}
