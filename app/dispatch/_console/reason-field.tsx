"use client";

import styles from "./tools.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

interface Props {
  value: string;
  required: boolean;
  onChange: (reason: string) => void;
}

/** The reason recorded in the case history, typed or picked from the usual ones. */
export function ReasonField({ value, required, onChange }: Props) {
  const m = useDispatchMessages();
  return (
    <div className={styles.reason}>
      <label className={styles.reasonLabel}>
        <span>
          {m.actions.reason}
          {required && <span className={styles.required}>*</span>}
        </span>
        <textarea
          value={value}
          rows={2}
          maxLength={500}
          required={required}
          placeholder={required ? m.actions.reasonPlaceholder : undefined}
          onChange={(event) => onChange(event.target.value)}
          data-testid="action-reason"
        />
      </label>
      <div className={styles.quickReasons}>
        {m.actions.quickReasons.map((reason) => (
          <button key={reason} type="button" className={styles.quickReason} onClick={() => onChange(reason)}>
            {reason}
          </button>
        ))}
      </div>
    </div>
  );
}
