"use client";

import { useState } from "react";
import { careAlertDetailSchema, careOutcomes, type CareOutcomeKind } from "@/lib/contracts";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { ApiError, postJson } from "../_shared/api";
import { useCareAlert } from "./use-care-alert";
import styles from "./care-household-panel.module.css";

/** On a care case: what the meters showed, who lives there and whom to call, and the outcome of the visit. */
export function CareHouseholdPanel({ caseId }: { caseId: string }) {
  const { t } = useMobileMessages();
  const { state, reload } = useCareAlert(caseId);
  const [outcome, setOutcome] = useState<CareOutcomeKind>("safe");
  const [reason, setReason] = useState("");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (state.status === "none") return null;
  if (state.status !== "ready") {
    return <p className={styles.message}>{state.status === "loading" ? t.care.loading : t.care.failed}</p>;
  }
  const { alert, household } = state.detail;

  async function record() {
    if (outcome === "false_alarm" && reason.trim() === "") return setProblem(t.care.needReason);
    setSending(true);
    setProblem(null);
    try {
      await postJson(`/api/care/alerts/${alert.id}/outcome`, { outcome, reason }, careAlertDetailSchema);
      reload();
    } catch (error) {
      setProblem(error instanceof ApiError ? t.actions.failed(error.message) : t.care.failed);
    } finally {
      setSending(false);
    }
  }

  return (
    <section className={styles.panel} data-testid="care-household" data-masked={household.masked}>
      <h2 className={styles.title}>{t.care.title}</h2>
      <p className={styles.seen}>
        <strong>{t.care.seen}：</strong>
        {alert.seen}
      </p>
      <dl className={styles.facts}>
        <dt>{t.care.household}</dt>
        <dd data-testid="care-name">
          {household.name}（{t.care.categories[household.category]}）
        </dd>
        <dd className={styles.address}>{household.address}</dd>
        {household.phone && (
          <>
            <dt>{t.care.phone}</dt>
            <dd>
              {household.phone}
              {!household.masked && (
                <a className={styles.call} href={`tel:${household.phone.replace(/[^+\d]/g, "")}`}>
                  {t.detail.call}
                </a>
              )}
            </dd>
          </>
        )}
        {household.familyContacts.length > 0 && <dt>{t.care.family}</dt>}
        {household.familyContacts.map((c) => (
          <dd key={`${c.name}-${c.phone}`}>
            {c.name}（{c.relation}）{c.phone}
            {!household.masked && (
              <a className={styles.call} href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>
                {t.detail.call}
              </a>
            )}
          </dd>
        ))}
      </dl>

      {alert.outcome ? (
        <p className={styles.recorded} data-testid="care-outcome">
          {t.care.recorded(t.care.outcomes[alert.outcome])}
          {alert.outcomeNote ? `（${alert.outcomeNote}）` : ""}
        </p>
      ) : (
        <div className={styles.outcome}>
          <h3 className={styles.subtitle}>{t.care.outcomeTitle}</h3>
          <div className={styles.choices} role="radiogroup" aria-label={t.care.outcomeTitle}>
            {careOutcomes.map((kind) => (
              <button
                key={kind}
                type="button"
                role="radio"
                aria-checked={outcome === kind}
                className={outcome === kind ? styles.chosen : styles.choice}
                onClick={() => setOutcome(kind)}
              >
                {t.care.outcomes[kind]}
              </button>
            ))}
          </div>
          <label className={styles.reason}>
            {t.care.reasonLabel}
            <textarea value={reason} maxLength={500} placeholder={t.care.reasonPlaceholder} onChange={(e) => setReason(e.target.value)} />
          </label>
          {problem && <p role="alert" className={styles.problem}>{problem}</p>}
          <button type="button" className={styles.record} disabled={sending} onClick={() => void record()}>
            {sending ? t.care.sending : t.care.record}
          </button>
        </div>
      )}
    </section>
  );
}
