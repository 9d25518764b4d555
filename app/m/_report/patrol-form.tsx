"use client";

import { useState, type FormEvent } from "react";
import { eventAcceptedSchema, photoUrl, type EventReport, type SessionUser } from "@/lib/contracts";
import { localName } from "@/app/_i18n/languages";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { postJson } from "../_shared/api";
import { PhotoPicker } from "../_shared/photo-picker";
import { usePhotoUploads } from "../_shared/use-photo-uploads";
import { newPatrolKey } from "./patrol-key";
import { useReportLocation } from "./use-report-location";
import styles from "./patrol-form.module.css";

type Status = { kind: "editing" } | { kind: "sending" } | { kind: "sent" } | { kind: "error"; text: string };

/** 巡查上报: category, description, where (GPS, else the last known position) and an optional photo → POST /api/events. */
export function PatrolForm({ user, maxPhotoBytes }: { user: SessionUser; maxPhotoBytes: number }) {
  const { t, language } = useMobileMessages();
  const catalogue = useCatalogue();
  const { location, position, relocate } = useReportLocation();
  // One key per report: its photo is uploaded for it, and a retried POST is the same event.
  const [eventKey, setEventKey] = useState(newPatrolKey);
  const photos = usePhotoUploads(maxPhotoBytes, eventKey);
  const [category, setCategory] = useState("");
  const [description, setDescription] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "editing" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!location) return setStatus({ kind: "error", text: t.report.noLocation });
    if (photos.uploading) return setStatus({ kind: "error", text: t.actions.waitForUploads });
    const report: EventReport = {
      channel: "patrol",
      category,
      description: description.trim(),
      location: { lat: location.lat, lng: location.lng },
      reporter: { name: user.displayName, ...(user.phone ? { phone: user.phone } : {}) },
      ...(photos.ids.length > 0 ? { photos: photos.ids.map((id) => new URL(photoUrl(id), window.location.origin).href) } : {}),
    };
    setStatus({ kind: "sending" });
    try {
      await postJson("/api/events", report, eventAcceptedSchema, { "idempotency-key": eventKey });
      setStatus({ kind: "sent" });
    } catch {
      setStatus({ kind: "error", text: t.report.failed });
    }
  }

  function another() {
    setEventKey(newPatrolKey());
    photos.clear();
    setDescription("");
    setStatus({ kind: "editing" });
  }

  if (status.kind === "sent") {
    return (
      <div className={styles.sent} role="status" data-testid="patrol-sent">
        <p>{t.report.sentQueued}</p>
        <div className={styles.buttons}>
          <button type="button" className={styles.secondary} onClick={another}>
            {t.report.another}
          </button>
          <a className={styles.primary} href="/m">
            {t.tasks.title}
          </a>
        </div>
      </div>
    );
  }

  const locationText =
    position.status === "locating" ? t.report.locating : location?.source === "device" ? t.report.located(location.accuracyM ?? 0) : location ? t.report.lastKnown : t.report.noLocation;
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <h1 className={styles.title}>{t.report.title}</h1>
      <label className={styles.field}>
        <span>{t.report.category}</span>
        <select required value={category} onChange={(e) => setCategory(e.target.value)} data-testid="patrol-category">
          <option value="">{t.report.chooseCategory}</option>
          {catalogue?.categories.map((c) => (
            <option key={c.code} value={c.code}>
              {localName(language, c)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span>{t.report.description}</span>
        <textarea required rows={4} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} placeholder={t.report.descriptionPlaceholder} />
      </label>
      <div className={styles.field}>
        <span>{t.report.location}</span>
        <div className={styles.location} data-source={location?.source ?? "none"} data-testid="patrol-location">
          <span>{locationText}</span>
          {location && <span className={styles.coordinates}>{`${location.lat.toFixed(5)}, ${location.lng.toFixed(5)}`}</span>}
          <button type="button" className={styles.secondary} onClick={relocate}>
            {t.report.useHere}
          </button>
        </div>
      </div>
      <PhotoPicker label={t.report.photo} photos={photos.photos} onAdd={photos.add} onRemove={photos.remove} maxBytes={maxPhotoBytes} t={t} testId="patrol" />
      {status.kind === "error" && (
        <p className={styles.error} role="alert">
          {status.text}
        </p>
      )}
      <button type="submit" className={styles.submit} disabled={status.kind === "sending" || !location}>
        {status.kind === "sending" ? t.report.sending : t.report.submit}
      </button>
    </form>
  );
}
