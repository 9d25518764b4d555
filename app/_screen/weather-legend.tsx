"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { levelColors, rainClasses } from "@/app/_map/gauge-colors";
import styles from "./weather-legend.module.css";

const css = ([r, g, b]: readonly number[]) => `rgb(${r} ${g} ${b})`;

/** Typhoon mode's key: rain classes (dots and hexes) and water levels against their alarm (rings). */
export function WeatherLegend() {
  const { messages } = useI18n();
  const t = messages.typhoon;
  return (
    <aside className={styles.legend} aria-label={`${t.legendRain} · ${t.legendLevel}`} data-testid="weather-legend">
      <p className={styles.title}>{t.legendRain}</p>
      <ul className={styles.ramp}>
        {rainClasses.map((rainClass) => (
          <li key={rainClass.fromMmH}>
            <span className={styles.swatch} style={{ background: css(rainClass.color) }} />
            {rainClass.fromMmH}
          </li>
        ))}
      </ul>
      <p className={styles.title}>{t.legendLevel}</p>
      <ul className={styles.ramp}>
        {(["calm", "rising", "near", "over"] as const).map((level) => (
          <li key={level}>
            <span className={styles.ring} style={{ borderColor: css(levelColors[level]) }} />
            {t.levels[level]}
          </li>
        ))}
      </ul>
    </aside>
  );
}
