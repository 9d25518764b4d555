"use client";

import { useId } from "react";
import { photoMimes } from "@/lib/contracts";
import type { MobileMessages } from "../_i18n/mobile-messages";
import type { UploadProblem } from "./upload-photo";
import type { PickedPhoto } from "./use-photo-uploads";
import styles from "./photo-picker.module.css";

interface Props {
  label: string;
  photos: readonly PickedPhoto[];
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
  maxBytes: number;
  t: MobileMessages;
  testId: string;
}

function problemText(t: MobileMessages, problem: UploadProblem, maxBytes: number): string {
  if (problem === "too_large") return t.photo.tooLarge(Math.floor(maxBytes / (1024 * 1024)));
  return problem === "wrong_type" ? t.photo.wrongType : t.photo.failed;
}

/** Take or choose photos; each shows its thumbnail, upload progress, or what went wrong. */
export function PhotoPicker({ label, photos, onAdd, onRemove, maxBytes, t, testId }: Props) {
  const inputId = useId();
  return (
    <div className={styles.picker}>
      <span className={styles.label}>{label}</span>
      <ul className={styles.photos}>
        {photos.map((photo) => (
          <li key={photo.key} className={styles.photo} data-state={photo.state} data-testid={`${testId}-photo`}>
            <img src={photo.previewUrl} alt="" className={styles.thumb} />
            {photo.state === "uploading" && (
              <span className={styles.progress} role="progressbar" aria-valuenow={Math.round(photo.progress * 100)} aria-valuemin={0} aria-valuemax={100}>
                <span className={styles.bar} style={{ width: `${Math.round(photo.progress * 100)}%` }} />
                <span className={styles.progressText}>{t.photo.uploading(Math.round(photo.progress * 100))}</span>
              </span>
            )}
            {photo.state === "failed" && (
              <span className={styles.problem} role="alert">
                {problemText(t, photo.problem, maxBytes)}
              </span>
            )}
            <button type="button" className={styles.remove} onClick={() => onRemove(photo.key)} aria-label={t.photo.remove}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        accept={photoMimes.join(",")}
        multiple
        data-testid={`${testId}-input`}
        onChange={(event) => {
          // Copied before the input is cleared, so the same photo can be picked again after removing it.
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          onAdd(files);
        }}
      />
      <label className={styles.add} htmlFor={inputId}>
        {t.photo.add}
      </label>
    </div>
  );
}
