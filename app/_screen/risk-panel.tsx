"use client";

import type { CSSProperties } from "react";
import type { RiskHorizon } from "@/lib/contracts/risk";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatShortTime } from "@/app/_i18n/shanghai-time";
import { riskColor } from "@/app/_map/density-ramp";
import { cssRgb } from "@/app/_map/stage-colors";
import { riskReasonText, riskScoreText } from "@/app/_risk/risk-reason-text";
import type { RiskPoints } from "@/app/_risk/risk-points";
import type { CaseNames } from "./use-case-names";
import styles from "./risk-panel.module.css";

/** Points listed; the 1080p wall shows the first five, a 4K wall all of them (risk-panel.module.css). */
export const riskPointsListed = 8;

interface RiskPanelProps {
  points: RiskPoints;
  horizon: RiskHorizon;
  names: CaseNames;
  selectedCell: string | null;
  onSelect: (cell: string) => void;
  className?: string;
}

/** 内涝风险点: the highest-scoring grid cells of a horizon, ranked, each with its district, chance and reasons; a click shows it on the map. */
export function RiskPanel({ points, horizon, names, selectedCell, onSelect, className }: RiskPanelProps) {
  const { language, messages } = useI18n();
  const t = messages.risk;
  const listed = points.cells.slice(0, riskPointsListed);
  return (
    <section className={`${styles.panel} ${className ?? ""}`} aria-labelledby="risk-title" data-testid="risk-panel">
      <h2 id="risk-title" className={styles.heading}>
        {t.title}
        <span className={styles.horizon} data-testid="risk-panel-horizon">
          {t.within(t.horizons[horizon])}
          {points.computedAt && ` · ${t.computedAt(formatShortTime(Date.parse(points.computedAt)))}`}
        </span>
      </h2>
      {listed.length === 0 ? (
        <p className={styles.none}>{t.none}</p>
      ) : (
        <ol className={styles.list}>
          {listed.map((cell, i) => {
            const district = names.district(cell.district);
            const score = riskScoreText(cell.score);
            const reasons = cell.reasons.map((reason) => riskReasonText(reason, language)).join(language === "en" ? "; " : "；");
            return (
              <li key={cell.cell} className={styles.item} data-testid="risk-point" data-cell={cell.cell}>
                <button
                  type="button"
                  className={styles.button}
                  aria-pressed={cell.cell === selectedCell}
                  aria-label={t.itemLabel({ rank: i + 1, district, score, reasons })}
                  onClick={() => onSelect(cell.cell)}
                  style={{ "--stage": cssRgb(riskColor(cell.score)) } as CSSProperties}
                >
                  <span className={styles.rank}>{i + 1}</span>
                  <span className={styles.district}>{district}</span>
                  <span className={styles.score} data-testid="risk-point-score">
                    {score}
                  </span>
                  <span className={styles.reasons} data-testid="risk-point-reasons">
                    {reasons}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
