"use client";

import { isPlaced, type CaseSummary } from "@/lib/contracts";
import type { MobileMessages } from "../_i18n/mobile-messages";
import { metersBetween } from "../_shared/distance";
import type { DevicePosition } from "../_shared/use-device-position";
import { amapNavigationUrl, geoUri } from "./map-links";
import { PositionSketch } from "./position-sketch";
import styles from "./task-detail.module.css";

/** How far and which way the task is from the phone, with navigation handed to a map app; or that the desk has yet to place it. */
export function TaskLocation({ summary, name, position, t }: { summary: CaseSummary; name: string; position: DevicePosition; t: MobileMessages }) {
  const here = position.status === "located" ? position : null;
  if (!isPlaced(summary)) {
    return (
      <section className={styles.location}>
        <span className={styles.coordinates} data-testid="task-needs-location">
          {t.detail.needsLocation}
        </span>
      </section>
    );
  }
  return (
    <section className={styles.location}>
      {here && <PositionSketch from={here} to={summary} youLabel={t.detail.you} northLabel={t.detail.north} />}
      <div className={styles.locationText}>
        {here && <span className={styles.bigDistance}>{t.distance(metersBetween(here, summary))}</span>}
        <span className={styles.coordinates}>
          {summary.lat.toFixed(5)}, {summary.lng.toFixed(5)}
        </span>
        <div className={styles.linkRow}>
          <a className={styles.linkButton} href={amapNavigationUrl(summary.lat, summary.lng, name)} target="_blank" rel="noreferrer">
            {t.detail.navigate}
          </a>
          <a className={styles.linkButton} href={geoUri(summary.lat, summary.lng, name)}>
            {t.detail.openInMaps}
          </a>
        </div>
      </div>
    </section>
  );
}
