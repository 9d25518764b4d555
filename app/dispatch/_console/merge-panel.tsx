"use client";

import { useState } from "react";
import type { CaseSummary, DuplicateSuggestion, DuplicatesResponse } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { StageBadge } from "@/app/_screen/stage-badge";
import type { CaseNames } from "@/app/_screen/use-case-names";
import { ReasonField } from "./reason-field";
import styles from "./tools.module.css";
import type { Resource } from "./use-resource";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  summary: CaseSummary;
  duplicates: Resource<DuplicatesResponse>;
  names: CaseNames;
  pending: boolean;
  onMerge: (duplicate: DuplicateSuggestion, reason: string) => void;
}

/** 合并: likely duplicates of this case, suggested by the rule; the one reported first is kept. */
export function MergePanel({ summary, duplicates, names, pending, onMerge }: Props) {
  const m = useDispatchMessages();
  const { messages } = useI18n();
  const [reason, setReason] = useState(m.actions.quickReasons[0] ?? "");
  const data = duplicates.data;
  const codeOf = (id: string, other: CaseSummary) => (id === summary.id ? summary.code : other.code);

  return (
    <section className={styles.tool} aria-label={m.actions.merge} data-testid="merge-panel">
      <h3 className={styles.toolTitle}>{data ? m.duplicates.title(data.window.meters, data.window.minutes) : m.actions.merge}</h3>
      {!data && <p className={styles.muted}>{m.duplicates.loading}</p>}
      {data?.duplicates.length === 0 && <p className={styles.muted}>{m.duplicates.none}</p>}
      <ol className={styles.options}>
        {data?.duplicates.map((duplicate) => (
          <li key={duplicate.case.id} className={styles.duplicate} data-testid="duplicate" data-case-id={duplicate.case.id}>
            <span className={styles.duplicateCode}>{duplicate.case.code}</span>
            <StageBadge stage={duplicate.case.stage} />
            <span className={styles.muted}>
              {m.channels[duplicate.case.channel]} · {names.district(duplicate.case.district)} · {messages.priorities[duplicate.case.priority]}
            </span>
            <span className={styles.distance}>{m.duplicates.apart(duplicate.meters, duplicate.minutesApart)}</span>
            <span className={styles.duplicateText}>{duplicate.case.description}</span>
            <button
              type="button"
              className={styles.confirm}
              disabled={duplicate.merge === null || pending}
              onClick={() => onMerge(duplicate, reason.trim())}
              data-testid="confirm-merge"
            >
              {duplicate.merge ? `${m.actions.merge} · ${m.duplicates.keeps(codeOf(duplicate.merge.targetId, duplicate.case))}` : m.duplicates.cannotMerge}
            </button>
          </li>
        ))}
      </ol>
      {data && data.duplicates.length > 0 && <ReasonField value={reason} required={false} onChange={setReason} />}
    </section>
  );
}
