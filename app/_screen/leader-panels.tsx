"use client";

import type { Kpi } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { BacklogPanel } from "./backlog-panel";
import { RatesPanel } from "./rates-panel";
import { TrendsPanel } from "./trends-panel";
import type { CaseNames } from "./use-case-names";
import styles from "./leader-panels.module.css";

/** The leader's ordinary day: today's rates, where the backlog sits, and how the last 24 hours went. */
export function LeaderPanels({ kpi, names, className }: { kpi: Kpi | null; names: CaseNames; className?: string }) {
  const { messages } = useI18n();
  const district = (group: string) => names.district(group === "unknown" ? null : Number(group));
  return (
    <div className={`${styles.group} ${className ?? ""}`} data-testid="leader-panels">
      <RatesPanel kpi={kpi} />
      <BacklogPanel id="backlog-department" title={messages.leader.backlogByDepartment} rows={kpi?.backlogByDepartment ?? []} nameOf={names.department} />
      <BacklogPanel id="backlog-district" title={messages.leader.backlogByDistrict} rows={kpi?.backlogByDistrict ?? []} nameOf={district} />
      <TrendsPanel hours={kpi?.lastDay ?? []} />
    </div>
  );
}
