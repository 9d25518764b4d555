"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { cssRgb } from "@/app/_map/stage-colors";
import { severityColors } from "@/app/_map/warning-areas-layer";
import type { WarningListing } from "@/app/_map/warning-areas";
import styles from "./warnings-panel.module.css";

const shown = 4;
const clock = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });

/** The CAP warnings in force over the map's corner, most severe first, in their warning colour. */
export function WarningsPanel({ listings }: { listings: readonly WarningListing[] }) {
  const { messages } = useI18n();
  const text = messages.warnings;
  return (
    <section className={styles.panel} aria-labelledby="warnings-title" data-testid="warnings" data-empty={listings.length === 0 || undefined}>
      <h2 id="warnings-title" className={styles.title}>
        {text.title}
        {listings.length > 0 && <span className={styles.count}>{listings.length}</span>}
      </h2>
      {listings.length === 0 ? (
        <p className={styles.none}>{text.none}</p>
      ) : (
        <ol className={styles.list}>
          {listings.slice(0, shown).map((listing) => (
            <li key={listing.alertId} className={styles.item} style={{ borderColor: cssRgb(severityColors[listing.severity]) }} data-testid="warning">
              <span className={styles.severity} style={{ background: cssRgb(severityColors[listing.severity]) }}>
                {text.severities[listing.severity]}
              </span>
              <span className={styles.headline}>{listing.title}</span>
              <span className={styles.detail}>
                {listing.areaNames.join("、")}
                {listing.expires && ` · ${text.until} ${clock.format(new Date(listing.expires))}`}
                {listing.origin === "issued" && ` · ${text.cityIssued}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
