"use client";

import { useCallback, useState } from "react";
import type { GeoLocation } from "@/lib/contracts";
import mobile from "../_mobile/mobile.module.css";
import { PinMapLazy } from "./pin-map-lazy";
import type { ReportMessages } from "./report-messages";
import styles from "./report.module.css";
import { useGps } from "./use-gps";

export interface ChosenLocation {
  location: GeoLocation;
  /** Metres, for a GPS fix; a pin on the map has none. */
  accuracy: number | null;
}

interface Props {
  chosen: ChosenLocation | null;
  onChoose: (chosen: ChosenLocation) => void;
  t: ReportMessages["location"];
}

/** GPS in one tap, or a pin on the map when the phone cannot or may not say where it is. */
export function LocationStep({ chosen, onChoose, t }: Props) {
  const [mapOpen, setMapOpen] = useState(false);
  const onFix = useCallback((location: GeoLocation, accuracy: number) => onChoose({ location, accuracy }), [onChoose]);
  const [gps, locate] = useGps(onFix);
  const problem = gps.kind === "denied" ? t.denied : gps.kind === "unavailable" ? t.unavailable : null;

  return (
    <div className={styles.stack}>
      <div className={styles.buttonRow}>
        <button type="button" className={mobile.secondary} onClick={locate} disabled={gps.kind === "locating"} data-testid="use-gps">
          {gps.kind === "locating" ? t.locating : t.gps}
        </button>
        <button type="button" className={mobile.secondary} onClick={() => setMapOpen((open) => !open)} aria-expanded={mapOpen}>
          {mapOpen ? t.hideMap : t.pickOnMap}
        </button>
      </div>
      {problem && (
        <p className={mobile.error} role="alert">
          {problem}
        </p>
      )}
      {mapOpen && (
        <>
          <p className={mobile.hint}>{t.mapHint}</p>
          <div className={styles.map}>
            <PinMapLazy pin={chosen?.location ?? null} onPick={(location) => onChoose({ location, accuracy: null })} label={t.mapLabel} />
          </div>
        </>
      )}
      {chosen && (
        <p className={styles.chosen} data-testid="chosen-location">
          {t.chosen(chosen.location.lat.toFixed(5), chosen.location.lng.toFixed(5))}
          {chosen.accuracy !== null && <span className={mobile.hint}> · {t.accuracy(chosen.accuracy)}</span>}
        </p>
      )}
    </div>
  );
}
