"use client";

import { useState, type FormEvent } from "react";
import { whistles, type Department, type SummonRequest, type Whistle } from "@/lib/contracts";
import type { SummonsMessages } from "./summons-messages";
import styles from "./summons.module.css";

interface SummonFormProps {
  departments: readonly Department[];
  departmentName: (code: string) => string;
  messages: SummonsMessages;
  onSummon: (request: SummonRequest) => Promise<void>;
}

/** 吹哨: pick a whistle, the departments and a reason. */
export function SummonForm({ departments, departmentName, messages, onSummon }: SummonFormProps) {
  const [whistle, setWhistle] = useState<Whistle>("emergency");
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  const toggle = (code: string) => setChosen((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSummon({ whistle, departments: chosen, reason });
      setChosen([]);
      setReason("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={messages.summon}>
      <select value={whistle} onChange={(e) => setWhistle(e.target.value as Whistle)} aria-label={messages.summon}>
        {whistles.map((w) => (
          <option key={w} value={w}>
            {messages.whistles[w]}
          </option>
        ))}
      </select>
      <fieldset className={styles.checks}>
        <legend>{messages.departments}</legend>
        {departments.map((d) => (
          <label key={d.code}>
            <input type="checkbox" checked={chosen.includes(d.code)} onChange={() => toggle(d.code)} /> {departmentName(d.code)}
          </label>
        ))}
      </fieldset>
      <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={messages.reason} aria-label={messages.reason} />
      <button className={styles.button} type="submit" disabled={busy || chosen.length === 0 || reason.trim() === ""}>
        {messages.send}
      </button>
    </form>
  );
}
