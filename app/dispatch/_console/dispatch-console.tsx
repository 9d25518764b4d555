"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { CaseSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { useCatalogue } from "@/app/_live/use-catalogue";
import { useLiveState } from "@/app/_live/use-live-state";
import { workerPoints } from "@/app/_map/worker-points";
import { SummonsPanel } from "../_summons/summons-panel";
import { CaseDetailPanel } from "./case-detail-panel";
import { CaseQueueList } from "./case-queue-list";
import { ConsoleHeader, type ConsoleUser } from "./console-header";
import type { ConsolePermissions } from "./console-permissions";
import styles from "./dispatch-console.module.css";
import { QueueFilters } from "./queue-filters";
import { defaultQueueFilter } from "./queue-filter";
import { useCaseQueue } from "./use-case-queue";
import { useConsoleNames } from "./use-console-names";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  user: ConsoleUser;
  permissions: ConsolePermissions;
  /** Opened at once, e.g. from a link on the summons board (`/dispatch?case=<id>`). */
  initialCaseId: string | null;
}

/** 调度台: filters across the top, the live queue on the left, the selected case on the right. */
export function DispatchConsole({ user, permissions, initialCaseId }: Props) {
  const live = useLiveState();
  const catalogue = useCatalogue();
  const { language, messages } = useI18n();
  const m = useDispatchMessages();
  const names = useConsoleNames(catalogue, language, messages.unknownDistrict);
  const [filter, setFilter] = useState(defaultQueueFilter);
  const queue = useCaseQueue(filter, live.cases);
  const [selectedId, setSelectedId] = useState<string | null>(initialCaseId);
  const workers = useMemo(() => workerPoints(live.workers, live.positions), [live.workers, live.positions]);
  const workerName = useCallback((id: string) => live.workers.get(id)?.name ?? id, [live.workers]);
  const select = useCallback((summary: CaseSummary) => setSelectedId(summary.id), []);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !(event.target instanceof HTMLTextAreaElement)) setSelectedId(null);
    };
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, []);

  return (
    <div className={styles.console}>
      <ConsoleHeader live={live} user={user} />
      <QueueFilters filter={filter} catalogue={catalogue} onChange={setFilter} />
      <aside className={styles.queue}>
        <CaseQueueList queue={queue} names={names} selectedId={selectedId} onSelect={select} />
      </aside>
      <main className={styles.detail}>
        {selectedId ? (
          <CaseDetailPanel
            key={selectedId}
            caseId={selectedId}
            liveVersion={live.cases.get(selectedId)?.version ?? null}
            permissions={permissions}
            names={names}
            workers={workers}
            workerName={workerName}
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
