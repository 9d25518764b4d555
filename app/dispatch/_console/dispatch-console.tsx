"use client";

import { useCallback, useEffect, useState } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { riskMapSchema, type RiskHorizon } from "@/lib/contracts/risk";
import { useI18n } from "@/app/_i18n/language-provider";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { useLiveState } from "@/app/_live/use-live-state";
import { useWorkerPoints } from "@/app/_map/use-worker-points";
import { defaultResourceFilter } from "@/app/_resources/resource-filter";
import { useResourceMessages } from "@/app/_resources/use-resource-messages";
import { SummonsPanel } from "../_summons/summons-panel";
import { CaseDetailPanel } from "./case-detail-panel";
import { CaseQueueList } from "./case-queue-list";
import { ConsoleHeader, type ConsoleUser } from "./console-header";
import type { ConsolePermissions } from "./console-permissions";
import styles from "./dispatch-console.module.css";
import { QueueFilters } from "./queue-filters";
import { ResourceDetailPanel } from "./resource-detail-panel";
import { ResourceList } from "./resource-list";
import { RiskPointList } from "./risk-point-list";
import { RiskPointPanel } from "./risk-point-panel";
import { defaultQueueFilter } from "./queue-filter";
import { useCaseQueue } from "./use-case-queue";
import { useConsoleNames } from "./use-console-names";
import { useDispatchMessages } from "./use-dispatch-messages";
import { useResource } from "./use-resource";

interface Props {
  user: ConsoleUser;
  permissions: ConsolePermissions;
  /** Opened at once, e.g. from a link on the summons board (`/dispatch?case=<id>`). */
  initialCaseId: string | null;
  /** A risk point opened at once, e.g. from the wall screen's risk list (`/dispatch?risk=<cell>`). */
  initialRiskCell: string | null;
}

type ConsoleView = "cases" | "resources" | "risk";

/** 调度台: filters across the top, the live queue on the left, the selected case on the right. */
export function DispatchConsole({ user, permissions, initialCaseId, initialRiskCell }: Props) {
  const live = useLiveState();
  const catalogue = useCatalogue();
  const { language, messages } = useI18n();
  const m = useDispatchMessages();
  const names = useConsoleNames(catalogue, language, messages.unknownDistrict);
  const [filter, setFilter] = useState(defaultQueueFilter);
  const queue = useCaseQueue(filter, live.cases);
  const [selectedId, setSelectedId] = useState<string | null>(initialCaseId);
  const workers = useWorkerPoints(live.workers, live.positions);
  const workerName = useCallback((id: string) => live.workers.get(id)?.name ?? id, [live.workers]);
  const select = useCallback((summary: CaseSummary) => setSelectedId(summary.id), []);
  const r = useResourceMessages();
  const [view, setView] = useState<ConsoleView>(initialRiskCell ? "risk" : "cases");
  const [resourceFilter, setResourceFilter] = useState(defaultResourceFilter);
  const [selectedResourceId, setSelectedResourceId] = useState<string | null>(null);
  const canCommand = permissions.dispatch !== undefined;
  const [horizon, setHorizon] = useState<RiskHorizon>("1h");
  const [selectedCell, setSelectedCell] = useState<string | null>(initialRiskCell);
  // Reloaded whenever a recomputation is pushed; nothing is fetched until the view is opened.
  const riskRevision = live.risk?.computedAt ?? null;
  const riskMap = useResource(view === "risk" ? `/api/risk?horizon=${horizon}` : null, riskMapSchema, riskRevision);
  const openCase = useCallback((caseId: string) => {
    setSelectedId(caseId);
    setView("cases");
  }, []);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.target instanceof HTMLTextAreaElement) return;
      setSelectedId(null);
      setSelectedResourceId(null);
      setSelectedCell(null);
    };
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, []);

  return (
    <div className={styles.console}>
      <ConsoleHeader live={live} user={user} />
      {view === "cases" && <QueueFilters filter={filter} catalogue={catalogue} onChange={setFilter} />}
      <aside className={styles.queue}>
        <div className={styles.tabs} role="tablist" aria-label={r.desk.listTitle}>
          {(["cases", "resources", "risk"] as const).map((tab) => (
            <button key={tab} type="button" role="tab" className={styles.tab} aria-selected={view === tab} data-testid={`console-view-${tab}`} onClick={() => setView(tab)}>
              {tab === "cases" ? r.desk.tabCases : tab === "resources" ? r.desk.tabResources : m.risk.tab}
            </button>
          ))}
        </div>
        <div className={styles.pane}>
          {view === "cases" ? (
            <CaseQueueList queue={queue} names={names} selectedId={selectedId} onSelect={select} />
          ) : view === "risk" ? (
            <RiskPointList horizon={horizon} onHorizon={setHorizon} map={riskMap} names={names} selectedCell={selectedCell} onSelect={setSelectedCell} />
          ) : (
            <ResourceList
              resources={live.resources}
              filter={resourceFilter}
              onFilter={setResourceFilter}
              names={names}
              selectedId={selectedResourceId}
              onSelect={setSelectedResourceId}
            />
          )}
        </div>
      </aside>
      <main className={styles.detail}>
        {view === "risk" ? (
          selectedCell ? (
            <RiskPointPanel
              key={`${selectedCell}:${horizon}`}
              cell={selectedCell}
              horizon={horizon}
              revision={riskRevision}
              resources={live.resources}
              names={names}
              canSend={canCommand}
              onOpenCase={openCase}
            />
          ) : (
            <p className={styles.empty}>{m.risk.pick}</p>
          )
        ) : view === "resources" ? (
          selectedResourceId ? (
            <ResourceDetailPanel
              key={selectedResourceId}
              resourceId={selectedResourceId}
              liveVersion={live.resources.get(selectedResourceId)?.version ?? null}
              names={names}
              canCommand={canCommand}
            />
          ) : (
            <p className={styles.empty}>{r.desk.pick}</p>
          )
        ) : selectedId ? (
          <CaseDetailPanel
            key={selectedId}
            caseId={selectedId}
            liveVersion={live.cases.get(selectedId)?.version ?? null}
            permissions={permissions}
            names={names}
            workers={workers}
            workerName={workerName}
            resources={live.resources}
            summonsSlot={(summary) => (
              <SummonsPanel
                caseId={summary.id}
                stage={summary.stage}
                version={summary.version}
                departments={catalogue?.departments ?? []}
                language={language}
                canSummon={permissions.dispatch !== undefined}
              />
            )}
          />
        ) : (
          <p className={styles.empty}>{m.detail.pick}</p>
        )}
      </main>
    </div>
  );
}
