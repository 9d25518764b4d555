"use client";

import { useState } from "react";
import { GEO_SET_MAX_LAT, type GeoLocation } from "@/lib/contracts";
import styles from "./tools.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  /** The reporter's own words for where it is. */
  address: string | null;
  pending: boolean;
  onSubmit: (location: GeoLocation) => void;
}

function coordinate(text: string, bound: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) && Math.abs(value) <= bound ? value : null;
}

/** 定位: the dispatcher reads the reported address and enters where it is; auto-dispatch takes it from there. */
export function LocatePanel({ address, pending, onSubmit }: Props) {
  const m = useDispatchMessages();
  const [lat, setLat] = useState("");
  const [lng, setLng] = useState("");
  const location = { lat: coordinate(lat, GEO_SET_MAX_LAT), lng: coordinate(lng, 180) };
  const ready = location.lat !== null && location.lng !== null && !pending;
  return (
    <form
      className={styles.tool}
      aria-label={m.actions.locate}
      data-testid="locate-panel"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && location.lat !== null && location.lng !== null) onSubmit({ lat: location.lat, lng: location.lng });
      }}
    >
      <h3 className={styles.toolTitle}>{m.actions.locate}</h3>
      <p className={styles.muted}>{m.locate.hint}</p>
      <p data-testid="locate-address">
        {m.locate.address}: {address ?? m.locate.noAddress}
      </p>
      <label className={styles.reasonLabel}>
        <span>{m.locate.lat}</span>
        <input inputMode="decimal" value={lat} onChange={(event) => setLat(event.target.value)} placeholder="31.23040" data-testid="locate-lat" />
      </label>
      <label className={styles.reasonLabel}>
        <span>{m.locate.lng}</span>
        <input inputMode="decimal" value={lng} onChange={(event) => setLng(event.target.value)} placeholder="121.47370" data-testid="locate-lng" />
      </label>
      <button type="submit" className={styles.confirm} disabled={!ready} data-testid="confirm-locate">
        {pending ? m.actions.working : m.actions.confirm(m.actions.locate)}
      </button>
    </form>
  );
}
