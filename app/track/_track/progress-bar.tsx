import type { Stage } from "@/lib/contracts";
import { progressStep } from "./progress-step";
import type { TrackMessages } from "./track-messages";
import styles from "./track.module.css";

/** Five steps with the current one lit; a side exit (rejected, merged, cancelled) is named instead. */
export function ProgressBar({ stage, t }: { stage: Stage; t: TrackMessages }) {
  const current = progressStep(stage);
  if (current === null) return <p className={styles.sideExit}>{t.sideExits[stage] ?? stage}</p>;
  // The last step reached is the end of the road, not a step still under way.
  const last = t.progress.length - 1;
  return (
    <div>
      <ol className={styles.progress} aria-label={t.progress.join(" → ")}>
        {t.progress.map((label, index) => (
          <li key={label} className={styles.progressStep} data-state={index < current || current === last ? "done" : index === current ? "current" : "todo"}>
            <span className={styles.progressDot} aria-hidden />
            <span>{label}</span>
          </li>
        ))}
      </ol>
      {stage === "reopened" && <p className={styles.reopened}>{t.reopened}</p>}
    </div>
  );
}
