"use client";

import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { ResourceSummary } from "@/lib/contracts";
import { riskCellActionsSchema, type RiskCellActions } from "@/lib/contracts/risk-action";
import type { RiskHorizon } from "@/lib/contracts/risk";
import { useI18n } from "@/app/_i18n/language-provider";
import { resourceName } from "@/app/_resources/use-resource-messages";
import { riskReasonText, riskScoreText } from "@/app/_risk/risk-reason-text";
import { RiskActionCard } from "./risk-action-card";
import { useDispatchMessages } from "./use-dispatch-messages";
import type { ConsoleNames } from "./use-console-names";
import { useResource } from "./use-resource";
import { useRiskAction } from "./use-risk-action";
import styles from "./risk.module.css";

interface Props {
  cell: string;
  horizon: RiskHorizon;
  /** The latest computation heard of: the suggestions are reloaded when it changes. */
  revision: string | null;
  /** Every resource, live: a suggested one changed elsewhere (sent, stock taken, filled) reloads the suggestions. */
  resources: ReadonlyMap<string, ResourceSummary>;
  names: ConsoleNames;
  canSend: boolean;
  onOpenCase: (caseId: string) => void;
}

/** A risk point: its chance and reasons, and each suggested action with what it would use and a one-click send. */
export function RiskPointPanel({ cell, horizon, revision, resources, names, canSend, onOpenCase }: Props) {
  const m = useDispatchMessages();
  const { language } = useI18n();
  const [sent, setSent] = useState(0);
  const reload = useCallback(() => setSent((n) => n + 1), []);
  const view = useResource(`/api/risk/cells/${cell}/actions?horizon=${horizon}`, riskCellActionsSchema, `${revision}:${sent}`);
  const data = view.data;
  const action = useRiskAction(cell, horizon, data?.computedAt ?? null, reload);
  const offered = data ? [data.suggestions.pump, data.suggestions.sandbags, data.suggestions.shelter] : [];
  const stale = offered.some((s) => s !== null && (resources.get(s.resource.id)?.version ?? 0) > s.resource.version);
  useEffect(() => {
    if (stale) reload();
  }, [stale, reload]);

  if (!data) return <p className={styles.empty}>{view.status === "failed" ? m.risk.failed : m.risk.loading}</p>;
  const { pump, sandbags, shelter, evacuation } = data.suggestions;
  const name = (r: { code: string; nameZh: string; nameEn: string }) => `${r.code} ${resourceName(r, language)}`;
  const card = (kind: "pump" | "sandbags" | "shelter" | "evacuate", uses: string | null, resourceId: string | null, children?: ReactNode) => (
    <RiskActionCard
      kind={kind}
      uses={uses}
      nothing={kind === "evacuate" ? m.risk.noHouseholds : m.risk.unavailable}
      state={action.state} canSend={canSend} onSend={() => void action.send(kind, resourceId)} onOpenCase={onOpenCase}>
      {children}
    </RiskActionCard>
  );

  return (
    <section className={styles.panel} data-testid="risk-point-panel" data-cell={cell}>
      <header className={styles.head}>
        <span className={styles.bigScore}>{riskScoreText(data.score)}</span>
        <div>
          <h2 className={styles.title}>
            {names.district(data.district)} <small className={styles.muted}>{cell}</small>
          </h2>
          <p className={styles.muted}>{m.risk.chance(data.score, data.horizon)}</p>
        </div>
      </header>
      <h3 className={styles.subtitle}>{m.risk.reasons}</h3>
      <ul className={styles.reasonList} data-testid="risk-reasons">
        {data.reasons.map((reason) => (
          <li key={reason.kind}>{riskReasonText(reason, language)}</li>
        ))}
      </ul>
      <h3 className={styles.subtitle}>{m.risk.suggestions}</h3>
      {!canSend && <p className={styles.muted}>{m.risk.watchOnly}</p>}
      <ol className={styles.cards}>
        {card("pump", pump && `${name(pump.resource)} · ${m.risk.pump(pump.etaMinutes, pump.travelMeters, pump.resource.m3PerHour)}`, pump?.resource.id ?? null)}
        {card("sandbags", sandbags && `${name(sandbags.resource)} · ${m.risk.sandbags(sandbags.bags, sandbags.stockLeft, sandbags.travelMeters)}`, sandbags?.resource.id ?? null)}
        {card(
          "shelter",
          shelter && `${name(shelter.resource)} · ${m.risk.shelter(shelter.opens, shelter.people, shelter.roomLeft, shelter.travelMeters)}`,
          shelter?.resource.id ?? null,
        )}
        {card(
          "evacuate",
          evacuation.households.length > 0 ? m.risk.evacuate(evacuation.households.length, evacuation.people) : null,
          null,
          evacuation.households.length > 0 && <Evacuees households={evacuation.households} />,
        )}
      </ol>
    </section>
  );
}

function Evacuees({ households }: { households: RiskCellActions["suggestions"]["evacuation"]["households"] }) {
  const m = useDispatchMessages();
  return (
    <ul className={styles.evacuees} data-testid="risk-evacuees">
      {households.map((h) => (
        <li key={h.householdId} data-masked={h.masked} data-absent={h.absent}>
          <span>{h.name}</span>
          <span className={styles.muted}>{m.risk.categories[h.category]}</span>
          <span>{h.address}</span>
          <span className={styles.muted}>{h.phone ?? ""}</span>
          <span>{h.absent ? m.risk.absent : m.risk.people(h.people)}</span>
        </li>
      ))}
    </ul>
  );
}
