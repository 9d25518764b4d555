import { trendBars, trendLine } from "./trend-geometry";
import styles from "./leader-panels.module.css";

/** One 24-hour series as bars (or a line), with its label and latest value; no axes, the panel notes the span. */
export function TrendChart({ id, label, values, latest, shape }: { id: string; label: string; values: readonly (number | null)[]; latest: string; shape: "bars" | "line" }) {
  const width = Math.max(1, values.length);
  return (
    <figure className={styles.trend} data-testid={id}>
      <figcaption className={styles.trendCaption}>
        <span>{label}</span>
        <span className={styles.trendLatest}>{latest}</span>
      </figcaption>
      <svg className={styles.trendChart} viewBox={`0 0 ${width} 1`} preserveAspectRatio="none" role="img" aria-label={`${label}: ${latest}`}>
        {shape === "bars" ? (
          trendBars(values).map((bar) => <rect key={bar.x} {...bar} className={styles.trendBar} />)
        ) : (
          <polyline points={trendLine(values.map((value) => value ?? 0))} className={styles.trendLine} vectorEffect="non-scaling-stroke" />
        )}
      </svg>
    </figure>
  );
}
