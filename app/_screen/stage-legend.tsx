"use client";

import { riskHorizons, type RiskHorizon } from "@/lib/contracts/risk";
import { useI18n } from "@/app/_i18n/language-provider";
import { hexMeasureRamps, hexMeasures, type HexMeasure } from "@/app/_map/hex-measure";
import { overdueColor } from "@/app/_map/case-color";
import { cssRgb, legendStages, stageColors } from "@/app/_map/stage-colors";
import { workerColors } from "@/app/_map/workers-layer";
import styles from "./stage-legend.module.css";

const rgbaCss = ([r, g, b, a]: readonly [number, number, number, number]) => `rgb(${r} ${g} ${b} / ${a / 255})`;

interface StageLegendProps {
  measure: HexMeasure;
  onMeasure: (measure: HexMeasure) => void;
  /** The flood-risk horizon, chosen here while the hexagons show risk. */
  horizon: RiskHorizon;
  onHorizon: (horizon: RiskHorizon) => void;
}

/** What the colours on the map mean: case stages, overdue cases, workers, and the hexagons' measure (and risk's horizon), which it switches. */
export function StageLegend({ measure, onMeasure, horizon, onHorizon }: StageLegendProps) {
  const { messages } = useI18n();
  const ramp = `linear-gradient(90deg, ${hexMeasureRamps[measure].map((color) => cssRgb(color)).join(", ")})`;
  const [low, high] = measure === "density" ? [messages.legend.low, messages.legend.high] : ["0%", "100%"];
  const rampTitle =
    measure === "density"
      ? messages.legend.density
      : measure === "risk"
        ? `${messages.legend.measures.risk} · ${messages.risk.within(messages.risk.horizons[horizon])}`
        : messages.legend.measures[measure];

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
        <div className={styles.measures} role="group" aria-label={messages.legend.measureLabel}>
          {hexMeasures.map((option) => (
            <button
              key={option}
              type="button"
              className={styles.measure}
              aria-pressed={option === measure}
              data-testid={`hex-measure-${option}`}
              onClick={() => onMeasure(option)}
            >
              {messages.legend.measures[option]}
            </button>
          ))}
        </div>
        {measure === "risk" && (
          <div className={styles.measures} role="group" aria-label={messages.legend.horizonLabel}>
            {riskHorizons.map((option) => (
              <button
                key={option}
                type="button"
                className={styles.measure}
                aria-pressed={option === horizon}
                data-testid={`risk-horizon-${option}`}
                onClick={() => onHorizon(option)}
              >
                {messages.risk.horizons[option]}
              </button>
            ))}
          </div>
        )}
        <span data-testid="hex-measure-active">{rampTitle}</span>
        <span className={styles.ramp} style={{ background: ramp }} aria-hidden />
        <span className={styles.rampEnds}>
          <span>{low}</span>
          <span>{high}</span>
        </span>
      </div>
    </section>
  );
}
