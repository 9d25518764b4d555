"use client";

import { useState } from "react";
import { z } from "zod";
import { caseSummarySchema, type CaseDetail } from "@/lib/contracts";
import type { MobileMessages } from "../_i18n/mobile-messages";
import { ApiError, postJson } from "../_shared/api";
import { PhotoPicker } from "../_shared/photo-picker";
import { usePhotoUploads } from "../_shared/use-photo-uploads";
import { arrivedSinceSignFor, stepsFor, type WorkerStep } from "./task-steps";
import styles from "./task-detail.module.css";

const actionResponseSchema = z.object({ case: caseSummarySchema });

interface Props {
  detail: CaseDetail;
  t: MobileMessages;
  maxPhotoBytes: number;
  reload: () => Promise<void>;
}

type Notice = { kind: "conflict" | "error"; text: string } | null;

/** The next step as big buttons at the bottom, in reach of the thumb; 到场 and 办结 open a short form first. */
export function ActionPanel({ detail, t, maxPhotoBytes, reload }: Props) {
  const [open, setOpen] = useState<WorkerStep | null>(null);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [result, setResult] = useState("");
  const before = usePhotoUploads(maxPhotoBytes);
  const after = usePhotoUploads(maxPhotoBytes);
  const { primary, secondary } = stepsFor(detail.case.stage, arrivedSinceSignFor(detail.history));
  const label: Record<WorkerStep, string> = { sign_for: t.actions.signFor, arrive: t.actions.arrive, resolve: t.actions.resolve };

  async function send(step: WorkerStep, extra: { result?: string; photoIds?: string[] }) {
    setSending(true);
    setNotice(null);
    try {
      await postJson(`/api/cases/${detail.case.id}/actions`, { action: step, expectedVersion: detail.case.version, ...extra }, actionResponseSchema);
      setOpen(null);
      before.clear();
      after.clear();
      setResult("");
      await reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice({ kind: "conflict", text: t.actions.conflict });
        setOpen(null);
        await reload();
      } else {
        setNotice({ kind: "error", text: t.actions.failed(error instanceof Error ? error.message : String(error)) });
      }
    } finally {
      setSending(false);
    }
  }

  function confirm(step: WorkerStep) {
    if (step === "sign_for") return void send(step, {});
    const photos = step === "arrive" ? before : after;
    if (photos.uploading) return setNotice({ kind: "error", text: t.actions.waitForUploads });
    if (step === "arrive") return void send(step, photos.ids.length > 0 ? { photoIds: photos.ids } : {});
    if (!result.trim()) return setNotice({ kind: "error", text: t.actions.needResult });
    if (photos.ids.length === 0) return setNotice({ kind: "error", text: t.actions.needAfterPhoto });
    void send(step, { result: result.trim(), photoIds: photos.ids });
  }

  const clearingNotice = (add: (files: File[]) => void) => (files: File[]) => {
    setNotice(null);
    add(files);
  };

  function choose(step: WorkerStep) {
    setNotice(null);
    if (step === "sign_for") confirm(step);
    else setOpen(step);
  }

  if (!primary && !notice) return null;

  return (
    <section className={styles.actions} aria-live="polite">
      {notice && (
        <p className={styles.notice} data-kind={notice.kind} role="alert" data-testid="action-notice">
          {notice.text}
        </p>
      )}
      {open === "arrive" && (
        <PhotoPicker label={t.actions.beforePhotoOptional} photos={before.photos} onAdd={clearingNotice(before.add)} onRemove={before.remove} maxBytes={maxPhotoBytes} t={t} testId="before" />
      )}
      {open === "resolve" && (
        <>
          <label className={styles.field}>
            <span>{t.actions.resultLabel}</span>
            <textarea
              value={result}
              onChange={(event) => {
                setResult(event.target.value);
                setNotice(null);
              }}
              placeholder={t.actions.resultPlaceholder}
              rows={3}
              maxLength={2000}
              data-testid="result-input"
            />
          </label>
          <PhotoPicker label={t.actions.afterPhotos} photos={after.photos} onAdd={clearingNotice(after.add)} onRemove={after.remove} maxBytes={maxPhotoBytes} t={t} testId="after" />
        </>
      )}
      <div className={styles.buttons}>
        {open ? (
          <>
            <button type="button" className={styles.secondaryButton} onClick={() => setOpen(null)} disabled={sending}>
              {t.actions.cancel}
            </button>
            <button type="button" className={styles.primaryButton} onClick={() => confirm(open)} disabled={sending} data-testid={`confirm-${open}`}>
              {sending ? t.actions.sending : open === "resolve" ? t.actions.confirmResolve : label[open]}
            </button>
          </>
        ) : (
          <>
            {secondary && (
              <button type="button" className={styles.secondaryButton} onClick={() => choose(secondary)} disabled={sending} data-testid={`action-${secondary}`}>
                {label[secondary]}
              </button>
            )}
            {primary && (
              <button type="button" className={styles.primaryButton} onClick={() => choose(primary)} disabled={sending} data-testid={`action-${primary}`}>
                {sending ? t.actions.sending : label[primary]}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
