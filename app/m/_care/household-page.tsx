"use client";

import { useEffect, useState } from "react";
import { householdViewSchema, type HouseholdView } from "@/lib/contracts";
import { formatDayTime } from "@/app/_i18n/shanghai-time";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { apiRequest, patchJson } from "../_shared/api";
import { AbsencePanel } from "./absence-panel";
import { bodyOf, changedFields, draftOf } from "./household-draft";
import { HouseholdForm } from "./household-form";
import { HouseholdHistoryList } from "./household-history";
import panelStyles from "./care-household-panel.module.css";
import styles from "./care-registry.module.css";

/** One household: its details (masked unless the viewer needs them), and for those who keep it, changes and absences. */
export function HouseholdPage({ householdId }: { householdId: string }) {
  const { t } = useMobileMessages();
  const [household, setHousehold] = useState<HouseholdView | null>(null);
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState(false);
  // Every change made here bumps it, so the history is fetched again.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    apiRequest(`/api/care/households/${householdId}`, householdViewSchema).then(setHousehold, () => setFailed(true));
  }, [householdId]);

  if (failed) return <p role="alert" className={styles.problem}>{t.care.failed}</p>;
  if (!household) return <p className={styles.muted}>{t.care.loading}</p>;
  const changed = (view: HouseholdView) => {
    setHousehold(view);
    setRevision((n) => n + 1);
  };

  async function save(draft: ReturnType<typeof draftOf>): Promise<string> {
    const current = household!;
    const changes = changedFields(bodyOf(draftOf(current)), bodyOf(draft));
    if (Object.keys(changes).length === 0) return t.care.noChanges;
    changed(await patchJson(`/api/care/households/${current.id}`, { ...changes, expectedVersion: current.version }, householdViewSchema));
    setEditing(false);
    return t.care.saved;
  }

  return (
    <div className={styles.registry} data-testid="care-household-page" data-masked={household.masked}>
      <h1 className={styles.title} data-testid="care-household-name">
        {household.name}
        <span className={styles.muted}>（{t.care.categories[household.category]}）</span>
      </h1>
      {household.masked && <p className={styles.badge}>{t.care.maskedNotice}</p>}
      <dl className={panelStyles.facts} data-testid="care-household-facts">
        <dt>{t.care.fields.address}</dt>
        <dd>{household.address}</dd>
        {household.phone && (
          <>
            <dt>{t.care.fields.phone}</dt>
            <dd>{household.phone}</dd>
          </>
        )}
        <dt>{t.care.fields.location}</dt>
        <dd>{t.care.grid(household.gridCell)}</dd>
        <dt>{t.care.fields.gridWorkerId}</dt>
        <dd>{household.gridWorkerId}</dd>
        {(household.waterMeterId || household.electricityMeterId) && (
          <>
            <dt>{`${t.care.fields.waterMeterId} / ${t.care.fields.electricityMeterId}`}</dt>
            <dd>{[household.waterMeterId ?? "—", household.electricityMeterId ?? "—"].join(" / ")}</dd>
          </>
        )}
        <dt>{t.care.fields.familyContacts}</dt>
        {household.familyContacts.map((c) => (
          <dd key={`${c.name}-${c.phone}`} data-testid="care-family-contact">
            {c.name}（{c.relation}）{c.phone}
          </dd>
        ))}
        <dt>{t.care.consent}</dt>
        <dd>
          {household.consent.givenBy} · {formatDayTime(new Date(household.consent.at))} · {household.consent.scope}
        </dd>
      </dl>

      {!household.masked &&
        (editing ? (
          <HouseholdForm initial={draftOf(household)} title={t.care.edit} submitLabel={t.care.save} submit={save} />
        ) : (
          <button type="button" className={styles.secondary} onClick={() => setEditing(true)}>
            {t.care.edit}
          </button>
        ))}
      {!household.masked && <AbsencePanel household={household} onChange={changed} />}
      <HouseholdHistoryList householdId={household.id} revision={revision} />
    </div>
  );
}
