"use client";

import { useState } from "react";
import { ReasonField } from "./reason-field";
import styles from "./tools.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  action: "reject" | "cancel";
  pending: boolean;
  onSubmit: (reason: string) => void;
}

/** 不予受理 / 撤销: final, so a reason is always asked for. */
export function ReasonPanel({ action, pending, onSubmit }: Props) {
  const m = useDispatchMessages();
  const [reason, setReason] = useState("");
  const ready = reason.trim() !== "" && !pending;
  return (
    <form
      className={styles.tool}
      aria-label={m.actions[action]}
      data-testid={`${action}-panel`}
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit(reason.trim());
      }}
    >
      <h3 className={styles.toolTitle}>{m.actions[action]}</h3>
      <ReasonField value={reason} required onChange={setReason} />
      <button type="submit" className={`${styles.confirm} ${styles.danger}`} disabled={!ready} data-testid={`confirm-${action}`}>
        {pending ? m.actions.working : m.actions.confirm(m.actions[action])}
      </button>
    </form>
  );
}
