"use client";

import { useMemo, useState, type ReactNode } from "react";
import { isPlaced, type CaseSummary, type DuplicateSuggestion, type ResourceSummary, type WorkerSuggestion } from "@/lib/contracts";
import { resourcesNear, resourcesOnCase } from "@/app/_resources/resources-near";
import { useI18n } from "@/app/_i18n/language-provider";
import type { WorkerPoint } from "@/app/_map/worker-points";
import { AssignPanel } from "./assign-panel";
import { CaseDetailHeader } from "./case-detail-header";
import { CaseFacts } from "./case-facts";
import { CaseMapLazy } from "./case-map-lazy";
import { CaseReports } from "./case-reports";
import { CaseResourcesPanel } from "./case-resources-panel";
import type { ConsoleAction, ConsolePermissions } from "./console-permissions";
import styles from "./detail.module.css";
import { HistoryTimeline } from "./history-timeline";
import { LocatePanel } from "./locate-panel";
import { MergePanel } from "./merge-panel";
import { ReasonPanel } from "./reason-panel";
import { useCaseAction } from "./use-case-action";
import { useCaseDetailData } from "./use-case-detail-data";
import type { ConsoleNames } from "./use-console-names";
import { useDispatchMessages } from "./use-dispatch-messages";

export interface CaseDetailPanelProps {
  caseId: string;
  /** The newest version the live feed has seen of this case; a newer one reloads the detail. */
  liveVersion: number | null;
  permissions: ConsolePermissions;
  names: ConsoleNames;
  workers: readonly WorkerPoint[];
  workerName: (id: string) => string;
  /** Emergency resources, live: those sent to the case and those near it are shown. */
  resources: ReadonlyMap<string, ResourceSummary>;
  /** 吹哨报到: where the summons panel of the case goes, under its facts. */
  summonsSlot?: (summary: CaseSummary) => ReactNode;
}

const noCases: readonly CaseSummary[] = [];
const noSuggestions: readonly WorkerSuggestion[] = [];
// The map shows resources within this reach of the case, at most this many: enough to see what could come.
const NEAR_METERS = 5_000;
const NEAR_LIMIT = 30;

/** One case: its facts, full history and map, and the dispatcher's moves on it. */
export function CaseDetailPanel({ caseId, liveVersion, permissions, names, workers, workerName, resources, summonsSlot }: CaseDetailPanelProps) {
  const m = useDispatchMessages();
  const { language } = useI18n();
  const { detail, summary, candidates, duplicates, reload } = useCaseDetailData(caseId, liveVersion, permissions);
  const action = useCaseAction(reload);
  const [tool, setTool] = useState<ConsoleAction | null>(null);
  const [chosenWorkerId, setChosenWorkerId] = useState<string | null>(null);
  // Stable arrays: the map reframes itself whenever these change.
  const duplicateCases = useMemo(() => duplicates.data?.duplicates.map((d) => d.case) ?? noCases, [duplicates.data]);
  const suggestions = candidates.data?.suggestions ?? noSuggestions;
  const placedAt = summary && isPlaced(summary) ? summary : null;
  const nearby = useMemo(
    () => (placedAt ? resourcesNear(resources.values(), caseId, placedAt, NEAR_METERS, NEAR_LIMIT) : []),
    [resources, caseId, placedAt],
  );
  const onCase = useMemo(() => resourcesOnCase(resources.values(), caseId), [resources, caseId]);

  if (!detail.data || !summary) {
    return <p className={styles.placeholder}>{detail.status === "failed" ? m.detail.failed : m.detail.loading}</p>;
  }
  const run = async (targetId: string, request: Parameters<typeof action.run>[1], done: string) => {
    if (await action.run(targetId, request, done)) {
      setTool(null);
      setChosenWorkerId(null);
    }
  };
  const assignAction = permissions.dispatch?.from.includes(summary.stage) ? "dispatch" : "reassign";
  const address = detail.data.reports.find((report) => report.caseId === summary.id)?.address ?? null;
  const merge = (duplicate: DuplicateSuggestion, reason: string) => {
    if (!duplicate.merge) return;
    const { sourceId, targetId } = duplicate.merge;
    const sourceVersion = sourceId === summary.id ? summary.version : duplicate.case.version;
    const sourceCode = sourceId === summary.id ? summary.code : duplicate.case.code;
    void run(sourceId, { action: "merge", mergeInto: targetId, expectedVersion: sourceVersion, ...(reason && { reason }) }, m.actions.done(m.actions.merge, sourceCode));
  };

  return (
    <article className={styles.detail} data-testid="case-detail" data-case-id={summary.id} data-version={summary.version}>
      <CaseDetailHeader
        summary={summary}
        permissions={permissions}
        assignAction={assignAction}
        duplicateCount={duplicates.data?.duplicates.length ?? null}
        tool={tool}
        onTool={(next) => setTool(next === tool ? null : next)}
        notice={action.notice}
        onDismiss={action.dismiss}
      />
      <div className={styles.body}>
        <div className={styles.left}>
          <CaseFacts detail={detail.data} names={names} address={address} />
          <CaseReports caseId={summary.id} reports={detail.data.reports} />
          {summonsSlot?.(summary)}
          <HistoryTimeline history={detail.data.history} workerName={workerName} />
        </div>
        <div className={styles.right}>
          <div className={styles.map}>
            {isPlaced(summary) ? (
              <CaseMapLazy
                summary={summary}
                duplicates={duplicateCases}
                suggestions={suggestions}
                chosenWorkerId={chosenWorkerId}
                workers={workers}
                resources={nearby}
                language={language}
                label={m.detail.map}
              />
            ) : (
              <p className={styles.hint} data-testid="case-needs-location">
                {m.flags.needsLocation} · {m.locate.hint}
              </p>
            )}
          </div>
          <div className={styles.tools}>
            {tool === "dispatch" || tool === "reassign" ? (
              <AssignPanel
                key={`${tool}-${summary.version}`}
                action={tool}
                needsReason={permissions[tool]?.needsReason ?? false}
                candidates={candidates}
                chosenId={chosenWorkerId}
                pending={action.pending}
                onChoose={setChosenWorkerId}
                onSubmit={(workerId, reason) =>
                  void run(summary.id, { action: tool, workerId, expectedVersion: summary.version, ...(reason && { reason }) }, m.actions.done(m.actions[tool], summary.code))
                }
              />
            ) : tool === "locate" ? (
              <LocatePanel
                key={`locate-${summary.version}`}
                address={address}
                pending={action.pending}
                onSubmit={(location) => void run(summary.id, { action: "locate", location, expectedVersion: summary.version }, m.actions.done(m.actions.locate, summary.code))}
              />
            ) : tool === "merge" ? (
              <MergePanel summary={summary} duplicates={duplicates} names={names} pending={action.pending} onMerge={merge} />
            ) : tool === "reject" || tool === "cancel" ? (
              <ReasonPanel
                key={tool}
                action={tool}
                pending={action.pending}
                onSubmit={(reason) => void run(summary.id, { action: tool, reason, expectedVersion: summary.version }, m.actions.done(m.actions[tool], summary.code))}
              />
            ) : (
              <>
                <p className={styles.hint}>{m.detail.pickAction}</p>
                <CaseResourcesPanel summary={summary} onCase={onCase} canCommand={permissions.dispatch !== undefined} />
              </>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}
