"use client";

import { bearingDegrees, metersBetween } from "../_shared/distance";
import styles from "./task-detail.module.css";

interface Point {
  lat: number;
  lng: number;
}

// Closer than GPS can tell apart, a direction would only mislead.
const ON_THE_SPOT_M = 20;

/** North-up sketch: the worker in the middle, an arrow towards the task unless already there. */
export function PositionSketch({ from, to, youLabel, northLabel }: { from: Point; to: Point; youLabel: string; northLabel: string }) {
  const bearing = bearingDegrees(from, to);
  const onTheSpot = metersBetween(from, to) < ON_THE_SPOT_M;
  return (
    <svg className={styles.sketch} viewBox="-50 -50 100 100" role="img" aria-label={onTheSpot ? youLabel : `${Math.round(bearing)}°`} data-testid="position-sketch">
      <circle r="38" className={styles.sketchRing} />
      <path d="M0,-38 L-4,-31 L4,-31 Z" className={styles.sketchNorthTick} />
      <text y="-45" className={styles.sketchNorth}>
        {northLabel}
      </text>
      {!onTheSpot && (
        <g transform={`rotate(${bearing})`}>
          <line y1="-9" y2="-24" className={styles.sketchArrow} />
          <path d="M0,-33 L-7,-22 L7,-22 Z" className={styles.sketchHead} />
        </g>
      )}
      <circle r="6" className={styles.sketchYou} />
      <text y="20" className={styles.sketchLabel}>
        {youLabel}
      </text>
    </svg>
  );
}
