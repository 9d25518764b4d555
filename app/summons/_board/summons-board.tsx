"use client";

import { useCallback, useEffect, useState } from "react";
import type { Category, Department, Role, SummonView } from "@/lib/contracts";
import { fetchMySummons, postReportIn } from "@/app/dispatch/_summons/summons-api";
import { SummonCard } from "@/app/dispatch/_summons/summon-card";
import { summonsMessages } from "@/app/dispatch/_summons/summons-messages";
import { caseLinkFor } from "./case-link";
import styles from "./summons-board.module.css";

interface SummonsBoardProps {
  language: "zh-CN" | "en";
  departments: readonly Department[];
  categories: readonly Category[];
  viewerRole: Role;
  /** The viewer's department when they are department staff: they may report in for it. */
  myDepartment: string | null;
}

const REFRESH_MS = 10_000;

/** Summons waiting for this department, newest first, with a big 报到 button while it can still report in. */
export function SummonsBoard({ language, departments, categories, viewerRole, myDepartment }: SummonsBoardProps) {
  const messages = summonsMessages[language];
  const [summons, setSummons] = useState<SummonView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => fetchMySummons().then(setSummons, (e: Error) => setError(messages.failed(e.message))), [messages]);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const departmentName = (code: string) => {
    const d = departments.find((x) => x.code === code);
    return d ? (language === "en" ? d.nameEn : d.nameZh) : code;
  };
  const categoryName = (code: string) => {
    const c = categories.find((x) => x.code === code);
    return c ? (language === "en" ? c.nameEn : c.nameZh) : code;
  };
  const caseLink = (s: SummonView) => caseLinkFor(s, viewerRole, myDepartment, language);
  const formatTime = (iso: string) => new Date(iso).toLocaleString(language, { timeZone: "Asia/Shanghai", hour12: false });
  const reportIn = (id: string) => postReportIn(id).then(reload, (e: Error) => setError(messages.failed(e.message)));

  return (
    <main className={styles.board} lang={language}>
      <h1 className={styles.title}>{messages.title}</h1>
      {summons.length === 0 && <p>{messages.none}</p>}
      {summons.map((s) => {
        const mine = s.departments.find((d) => d.department === myDepartment);
        const canReportIn = mine !== undefined && (mine.status === "pending" || mine.status === "missed");
        return (
          <div key={s.id} className={styles.item}>
            <p className={styles.case} data-testid="summons-case">
              {caseLink(s) ? <a href={caseLink(s)!}>{s.caseCode}</a> : s.caseCode} · {categoryName(s.caseCategory)}
            </p>
            <SummonCard summons={s} messages={messages} departmentName={departmentName} formatTime={formatTime} />
            {canReportIn && (
              <button type="button" className={styles.reportIn} onClick={() => void reportIn(s.id)} data-testid="report-in">
                {messages.reportIn}
              </button>
            )}
          </div>
        );
      })}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
