"use client";

import type { AbsenceView } from "@/lib/contracts";
import { formatDayTime } from "@/app/_i18n/shanghai-time";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import styles from "./care-registry.module.css";

/** "外出，至 12-08 18:00" for each absence not yet over. */
export function AbsenceSummary({ absences }: { absences: readonly AbsenceView[] }) {
  const { t } = useMobileMessages();
  if (absences.length === 0) return null;
  return (
    <span className={styles.absent}>
      {absences.map((a) => t.care.awayUntil(t.care.absenceReasons[a.reason], formatDayTime(new Date(a.endsAt)))).join("；")}
    </span>
  );
}
