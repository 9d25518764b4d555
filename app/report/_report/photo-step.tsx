"use client";

import { useEffect, useState, type ChangeEvent } from "react";
import { photoFormFields, uploadedPhotoSchema } from "@/lib/contracts";
import mobile from "../_mobile/mobile.module.css";
import type { ReportMessages } from "./report-messages";
import styles from "./report.module.css";

type Upload = { kind: "none" } | { kind: "uploading"; preview: string } | { kind: "done"; preview: string } | { kind: "failed"; preview: string };

interface Props {
  /** The report's Idempotency-Key: the server links the photo to the event it will store under it. */
  reportKey: string;
  t: ReportMessages["photo"];
}

/** Uploaded as soon as it is chosen, so sending the report waits for nothing. Signed-in residents only. */
export function PhotoStep({ reportKey, t }: Props) {
  const [upload, setUpload] = useState<Upload>({ kind: "none" });
  // Until the page's script has taken over, a file chosen would go nowhere: the input waits for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const preview = upload.kind === "none" ? null : upload.preview;
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const shown = URL.createObjectURL(file);
    setUpload({ kind: "uploading", preview: shown });
    const form = new FormData();
    form.set(photoFormFields.photo, file);
    form.set(photoFormFields.eventKey, reportKey);
    try {
      const response = await fetch("/api/uploads", { method: "POST", body: form });
      const ok = response.status === 201 && uploadedPhotoSchema.safeParse(await response.json()).success;
      setUpload({ kind: ok ? "done" : "failed", preview: shown });
    } catch {
      setUpload({ kind: "failed", preview: shown });
    }
  }

  return (
    <div className={styles.stack}>
      {preview && (
        <img className={styles.photoPreview} src={preview} alt={t.alt} data-state={upload.kind} />
      )}
      <label className={mobile.secondary}>
        {upload.kind === "uploading" ? t.uploading : preview ? t.retake : t.take}
        <input
          className={styles.fileInput}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(e) => void choose(e)}
          disabled={!ready}
          data-testid="photo-input"
        />
      </label>
      {upload.kind === "failed" && (
        <p className={mobile.error} role="alert">
          {t.failed}
        </p>
      )}
    </div>
  );
}
