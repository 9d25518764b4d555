"use client";

import { riskHorizons, type RiskHorizon, type RiskMapView } from "@/lib/contracts/risk";
import { useI18n } from "@/app/_i18n/language-provider";
import { riskReasonText, riskScoreText } from "@/app/_risk/risk-reason-text";
import type { Resource } from "./use-resource";
import type { ConsoleNames } from "./use-console-names";
import { useDispatchMessages } from "./use-dispatch-messages";
import styles from "./risk.module.css";

interface Props {
  horizon: RiskHorizon;
  onHorizon: (horizon: RiskHorizon) => void;
  map: Resource<RiskMapView>;
  names: ConsoleNames;
  selectedCell: string | null;
  onSelect: (cell: string) => void;
}

/** Reasons shown in a row; the point's panel shows them all. */
const ROW_REASONS = 2;
/** The points listed: the top of the latest computation, as many as a desk can act on. */
const SHOWN = 30;

/** 风险点: the top flood-risk points of a horizon, highest chance first, each with its district and main reasons. */
export function RiskPointList({ horizon, onHorizon, map, names, selectedCell, onSelect }: Props) {
  const m = useDispatchMessages();
  const { language } = useI18n();
  const cells = map.data?.cells.slice(0, SHOWN) ?? [];
  const computedAt = map.data?.computedAt;

  return (
    <section className={styles.list} aria-labelledby="risk-list-title">
      <h2 id="risk-list-title" className={styles.title}>
        {m.risk.title}
        {computedAt && <small className={styles.muted}> {m.risk.computedAt(new Date(computedAt).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" }))}</small>}
      </h2>
      <span className={styles.segments} role="group" aria-label={m.risk.title}>
        {riskHorizons.map((h) => (
          <button key={h} type="button" className={styles.segment} aria-pressed={h === horizon} data-testid={`risk-horizon-${h}`} onClick={() => onHorizon(h)}>
            {m.risk.horizons[h]}
          </button>
        ))}
      </span>
      {map.status === "failed" && <p className={styles.muted}>{m.risk.failed}</p>}
      {map.data === null && map.status !== "failed" && <p className={styles.muted}>{m.risk.loading}</p>}
      {map.data && cells.length === 0 && <p className={styles.muted}>{m.risk.none}</p>}
      <ol className={styles.scroll} data-testid="risk-point-list">
        {cells.map((cell) => (
          <li key={cell.cell}>
            <button
              type="button"
              className={styles.row}
              aria-current={cell.cell === selectedCell}
              data-testid="risk-point-row"
              data-cell={cell.cell}
              onClick={() => onSelect(cell.cell)}
            >
              <span className={styles.score}>{riskScoreText(cell.score)}</span>
              <span className={styles.district}>{names.district(cell.district)}</span>
              <span className={styles.reasons}>
                {cell.reasons
                  .slice(0, ROW_REASONS)
                  .map((reason) => riskReasonText(reason, language))
                  .join("；")}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
