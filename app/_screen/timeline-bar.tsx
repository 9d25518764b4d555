"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { timelineSpeeds, type TimelineAction, type TimelineState } from "./timeline-state";
import styles from "./timeline-bar.module.css";

const shanghaiTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

/** Replays the stored night at a speed: open, play or pause, pick a speed, drag to any time, back to live. */
export function TimelineBar({ state, dispatch }: { state: TimelineState; dispatch: (action: TimelineAction) => void }) {
  const { messages } = useI18n();
  const t = messages.typhoon.timeline;
  if (state.phase === "live") {
    return (
      <div className={styles.bar} data-testid="timeline-bar">
        <button type="button" className={styles.button} onClick={() => dispatch({ type: "open" })} data-testid="timeline-open">
          ⟲ {t.replay}
        </button>
      </div>
    );
  }
  const replay = state.phase === "replay" ? state : null;
  return (
    <div className={styles.bar} data-testid="timeline-bar">
      <button type="button" className={styles.button} onClick={() => dispatch({ type: "close" })} data-testid="timeline-live">
        {t.live}
      </button>
      {state.phase === "loading" && <span className={styles.status}>{t.loading}</span>}
      {state.phase === "failed" && <span className={styles.status}>{t.failed}</span>}
      {replay && (
        <>
          <button
            type="button"
            className={styles.button}
            onClick={() => dispatch({ type: replay.playing ? "pause" : "play" })}
            aria-label={replay.playing ? t.pause : t.play}
            data-testid="timeline-play"
          >
            {replay.playing ? "❚❚" : "▶"}
          </button>
          <select
            className={styles.speed}
            aria-label={t.speed}
            value={replay.speed}
            onChange={(event) => dispatch({ type: "speed", speed: Number(event.target.value) as (typeof timelineSpeeds)[number] })}
          >
            {timelineSpeeds.map((speed) => (
              <option key={speed} value={speed}>
                ×{speed}
              </option>
            ))}
          </select>
          <input
            className={styles.scrub}
            type="range"
            aria-label={t.scrub}
            min={Date.parse(replay.timeline.from)}
            max={Date.parse(replay.timeline.to)}
            step={60_000}
            value={replay.cursor}
            onChange={(event) => dispatch({ type: "scrub", at: Number(event.target.value) })}
            data-testid="timeline-scrub"
          />
          <span className={styles.time} data-testid="timeline-time">
            {t.replaying} {shanghaiTime.format(replay.cursor)}
          </span>
        </>
      )}
    </div>
  );
}
