"use client";

import { useCallback, useEffect, useState } from "react";
import { openStages, type Department, type Stage, type SummonRequest, type SummonView } from "@/lib/contracts";
import { fetchCaseSummons, postDepartmentRating, postSummons } from "./summons-api";
import { SummonCard } from "./summon-card";
import { SummonForm } from "./summon-form";
import { summonsMessages } from "./summons-messages";
import styles from "./summons.module.css";

interface SummonsPanelProps {
  caseId: string;
  stage: Stage;
  /** Changes whenever the case does, so the panel reloads with it. */
  version: number;
  departments: readonly Department[];
  language: "zh-CN" | "en";
  /** The desk roles that may blow the whistle (the server checks again). */
  canSummon: boolean;
}

const scores = [1, 2, 3, 4, 5] as const;

/** The dispatcher's 吹哨报到 for one case: who was summoned, who reported in, summon more, rate after closing. */
export function SummonsPanel({ caseId, stage, version, departments, language, canSummon }: SummonsPanelProps) {
  const messages = summonsMessages[language];
  const [summons, setSummons] = useState<SummonView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => fetchCaseSummons(caseId).then(setSummons, (e: Error) => setError(e.message)), [caseId]);
  useEffect(() => void reload(), [reload, version]);

  const departmentName = (code: string) => {
    const d = departments.find((x) => x.code === code);
    return d ? (language === "en" ? d.nameEn : d.nameZh) : code;
  };
  const formatTime = (iso: string) => new Date(iso).toLocaleString(language, { timeZone: "Asia/Shanghai", hour12: false });
  const act = (work: () => Promise<void>) => work().then(reload, (e: Error) => setError(messages.failed(e.message)));
  const summon = (request: SummonRequest) => act(() => postSummons(caseId, request));

  return (
    <section className={styles.panel} aria-label={messages.title} data-testid="summons-panel">
      <h3 className={styles.heading}>{messages.title}</h3>
      {summons.length === 0 && <p className={styles.meta}>{messages.none}</p>}
      {summons.map((s) => (
        <SummonCard
          key={s.id}
          summons={s}
          messages={messages}
          departmentName={departmentName}
          formatTime={formatTime}
          departmentAction={
            stage === "closed" && canSummon
              ? (department) => (
                  <select aria-label={`${messages.rate} ${departmentName(department)}`} defaultValue="" onChange={(e) => act(() => postDepartmentRating(s.id, department, Number(e.target.value)))}>
                    <option value="" disabled>
                      {messages.rate}
                    </option>
                    {scores.map((n) => (
                      <option key={n} value={n}>
                        {"★".repeat(n)}
                      </option>
                    ))}
                  </select>
                )
              : undefined
          }
        />
      ))}
      {canSummon && openStages.includes(stage) && <SummonForm departments={departments} departmentName={departmentName} messages={messages} onSummon={summon} />}
      {error && <p className={styles.error} role="alert">{error}</p>}
    </section>
  );
}
