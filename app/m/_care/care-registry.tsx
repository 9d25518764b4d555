"use client";

import { useEffect, useState } from "react";
import { householdListSchema, type HouseholdView } from "@/lib/contracts";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { apiRequest } from "../_shared/api";
import { AbsenceSummary } from "./absence-summary";
import styles from "./care-registry.module.css";

/** The households of the viewer's grid or community, each opening its own page; and the way to register one. */
export function CareRegistry() {
  const { t } = useMobileMessages();
  const [households, setHouseholds] = useState<HouseholdView[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    apiRequest("/api/care/households", householdListSchema).then(
      (list) => setHouseholds(list.households),
      () => setFailed(true),
    );
  }, []);

  return (
    <div className={styles.registry}>
      <h1 className={styles.title}>{t.care.registryTitle}</h1>
      <a className={styles.submit} href="/m/care/new" data-testid="care-register-link">
        + {t.care.register}
      </a>
      {failed ? (
        <p role="alert" className={styles.problem}>
          {t.care.failed}
        </p>
      ) : households === null ? (
        <p className={styles.muted}>{t.care.loading}</p>
      ) : households.length === 0 ? (
        <p className={styles.muted}>{t.care.registryEmpty}</p>
      ) : (
        <ul className={styles.list} data-testid="care-households">
          {households.map((h) => (
            <li key={h.id}>
              <a className={styles.item} href={`/m/care/${h.id}`} data-testid="care-household-item" data-masked={h.masked}>
                <strong>{h.name}</strong>
                <span className={styles.muted}>{t.care.categories[h.category]}</span>
                {h.masked && <span className={styles.badge}>{t.care.masked}</span>}
                {h.openAlerts > 0 && <span className={styles.alert}>{t.care.openAlerts(h.openAlerts)}</span>}
                <span className={styles.address}>{h.address}</span>
                <AbsenceSummary absences={h.absences} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
