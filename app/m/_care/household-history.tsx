"use client";

import { useEffect, useState } from "react";
import { householdHistorySchema, type HouseholdHistory } from "@/lib/contracts";
import { formatDayTime } from "@/app/_i18n/shanghai-time";
import type { MobileMessages } from "../_i18n/mobile-messages";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { apiRequest } from "../_shared/api";
import styles from "./care-registry.module.css";

type Entry = HouseholdHistory["entries"][number];

function actionName(t: MobileMessages, action: string): string {
  const [kind, outcome] = action.split(":");
  if (kind === "outcome" && outcome) return t.care.historyOutcome(t.care.outcomes[outcome as keyof MobileMessages["care"]["outcomes"]] ?? outcome);
  return t.care.historyActions[kind as keyof MobileMessages["care"]["historyActions"]] ?? action;
}

/** The fields in words, each once (latitude and longitude are one position). */
function fieldNames(t: MobileMessages, entry: Entry): string {
  return [...new Set(entry.fields.map((f) => t.care.historyFields[f] ?? f))].join(t.care.fieldSeparator);
}

/** 变更记录: who changed what and when, newest first; the audit holds no values, so none are shown. */
export function HouseholdHistoryList({ householdId, revision }: { householdId: string; revision: number }) {
  const { t } = useMobileMessages();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  useEffect(() => {
    apiRequest(`/api/care/households/${householdId}/history`, householdHistorySchema).then(
      (history) => setEntries(history.entries),
      () => setEntries([]),
    );
  }, [householdId, revision]);

  return (
    <section className={styles.form} data-testid="care-history">
      <h2 className={styles.subtitle}>{t.care.historyTitle}</h2>
      {entries === null ? (
        <p className={styles.muted}>{t.care.loading}</p>
      ) : (
        <ol className={styles.history}>
          {[...entries].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`} data-testid="care-history-entry">
              <time dateTime={e.at}>{formatDayTime(new Date(e.at))}</time>
              <span>
                {e.actorName ?? t.care.system} · {actionName(t, e.action)}
              </span>
              <span className={styles.muted}>{fieldNames(t, e)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
