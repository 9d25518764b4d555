"use client";

import { useState, type FormEvent } from "react";
import { absenceReasons, householdViewSchema, type HouseholdView } from "@/lib/contracts";
import { formatDayTime } from "@/app/_i18n/shanghai-time";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { postJson } from "../_shared/api";
import { localDateTime } from "./household-draft";
import { SubmitStatus } from "./submit-status";
import { useCareSubmit } from "./use-care-submit";
import panelStyles from "./care-household-panel.module.css";
import styles from "./care-registry.module.css";

const DAY_MS = 86_400_000;

/** 外出报备: the absences not yet over, each to end early, and a form to announce one ("away until …", a hospital stay). */
export function AbsencePanel({ household, onChange }: { household: HouseholdView; onChange: (view: HouseholdView) => void }) {
  const { t } = useMobileMessages();
  const [reason, setReason] = useState<(typeof absenceReasons)[number]>("away");
  const [until, setUntil] = useState(() => localDateTime(new Date(Date.now() + 2 * DAY_MS)));
  const [note, setNote] = useState("");
  const { sending, errors, problem, notice, run } = useCareSubmit();

  const send = (request: () => Promise<HouseholdView>, done: string) =>
    run(async () => {
      onChange(await request());
      return done;
    });

  function announce(event: FormEvent) {
    event.preventDefault();
    const endsAt = new Date(until);
    const body = { reason, endsAt: Number.isNaN(endsAt.getTime()) ? until : endsAt.toISOString(), note };
    void send(() => postJson(`/api/care/households/${household.id}/absences`, body, householdViewSchema), t.care.announced);
  }

  const end = (absenceId: string) =>
    void send(() => postJson(`/api/care/households/${household.id}/absences/${absenceId}/end`, {}, householdViewSchema), t.care.ended);

  return (
    <section className={styles.form} data-testid="care-absences">
      <h2 className={styles.subtitle}>{t.care.absencesTitle}</h2>
      {household.absences.length === 0 ? (
        <p className={styles.muted}>{t.care.noAbsences}</p>
      ) : (
        <ul className={styles.list}>
          {household.absences.map((a) => (
            <li key={a.id} className={styles.item} data-testid="care-absence">
              <strong>{t.care.awayUntil(t.care.absenceReasons[a.reason], formatDayTime(new Date(a.endsAt)))}</strong>
              {a.note && <span className={styles.address}>{a.note}</span>}
              <button type="button" className={styles.secondary} disabled={sending} onClick={() => end(a.id)}>
                {t.care.endAbsence}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.group} onSubmit={announce} noValidate>
        <div className={panelStyles.choices} role="radiogroup" aria-label={t.care.absencesTitle}>
          {absenceReasons.map((r) => (
            <button key={r} type="button" role="radio" aria-checked={reason === r} className={reason === r ? panelStyles.chosen : panelStyles.choice} onClick={() => setReason(r)}>
              {t.care.absenceReasons[r]}
            </button>
          ))}
        </div>
        <label>
          {t.care.absenceUntil}
          <input name="endsAt" type="datetime-local" value={until} aria-invalid={errors.endsAt !== undefined} onChange={(e) => setUntil(e.target.value)} />
          {errors.endsAt && <span className={styles.fieldError}>{errors.endsAt}</span>}
        </label>
        <label>
          {t.care.absenceNote}
          <input name="note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
          {errors.note && <span className={styles.fieldError}>{errors.note}</span>}
        </label>
        <SubmitStatus problem={problem} notice={notice} />
        <button type="submit" className={styles.submit} disabled={sending}>
          {t.care.announce}
        </button>
      </form>
    </section>
  );
}
