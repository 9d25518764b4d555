"use client";

import { useState, type CSSProperties } from "react";
import type { WorkerSuggestions } from "@/lib/contracts";
import { ReasonField } from "./reason-field";
import styles from "./tools.module.css";
import type { Resource } from "./use-resource";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  action: "dispatch" | "reassign";
  needsReason: boolean;
  candidates: Resource<WorkerSuggestions>;
  chosenId: string | null;
  pending: boolean;
  onChoose: (workerId: string) => void;
  onSubmit: (workerId: string, reason: string) => void;
}

/** 派单 / 改派: the ranked workers with travel and load, one to pick, and why. */
export function AssignPanel({ action, needsReason, candidates, chosenId, pending, onChoose, onSubmit }: Props) {
  const m = useDispatchMessages();
  const [reason, setReason] = useState("");
  const data = candidates.data;
  const chosen = data?.suggestions.find((s) => s.workerId === chosenId) ?? null;
  const ready = chosen !== null && (!needsReason || reason.trim() !== "") && !pending;

  return (
    <form
      className={styles.tool}
      aria-label={m.actions[action]}
      data-testid="assign-panel"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit(chosen.workerId, reason.trim());
      }}
    >
      <h3 className={styles.toolTitle}>{m.candidates.title}</h3>
      {data && <p className={styles.muted}>{m.candidates.excluded(data.excluded)}</p>}
      {!data && <p className={styles.muted}>{m.candidates.loading}</p>}
      {data?.suggestions.length === 0 && <p className={styles.muted}>{m.candidates.none}</p>}
      <ol className={styles.options} role="radiogroup" aria-label={m.candidates.choose}>
        {data?.suggestions.map((s, index) => (
          <li key={s.workerId}>
            <label className={styles.candidate} data-chosen={s.workerId === chosenId} data-testid="candidate" data-worker-id={s.workerId}>
              <input type="radio" name="worker" value={s.workerId} checked={s.workerId === chosenId} onChange={() => onChoose(s.workerId)} />
              <span className={styles.rank}>{index + 1}</span>
              <span className={styles.workerName}>
                {s.name}
                <small>{s.workerId}</small>
                {s.sameGrid && <span className={styles.tag}>{m.candidates.sameGrid}</span>}
              </span>
              <span className={styles.distance}>{m.candidates.distance(s.travelMeters)}</span>
              <span className={styles.load} style={{ "--share": s.load / s.maxLoad } as CSSProperties}>
                {m.candidates.load(s.load, s.maxLoad)}
              </span>
            </label>
          </li>
        ))}
      </ol>
      <ReasonField value={reason} required={needsReason} onChange={setReason} />
      <button type="submit" className={styles.confirm} disabled={!ready} data-testid="confirm-assign">
        {pending ? m.actions.working : chosen ? `${m.actions[action]} → ${chosen.name}` : m.candidates.choose}
      </button>
    </form>
  );
}
