"use client";

import type { CSSProperties } from "react";
import type { Kpi } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import styles from "./kpi-panel.module.css";

interface KpiTile {
  id: string;
  label: string;
  value: string;
  unit: string;
  accent: string;
}

const noValue = "—";

export function KpiPanel({ kpi }: { kpi: Kpi | null }) {
  const { messages } = useI18n();
  const count = (value: number | undefined) => (value === undefined ? noValue : value.toLocaleString("en-US"));
  const meanSeconds = kpi?.meanSecondsToDispatch;

  const tiles: KpiTile[] = [
    { id: "cases-today", label: messages.kpi.casesToday, value: count(kpi?.casesToday), unit: messages.kpi.casesUnit, accent: "var(--cyan)" },
    { id: "dispatched", label: messages.kpi.dispatched, value: count(kpi?.dispatchedToday), unit: messages.kpi.casesUnit, accent: "var(--blue)" },
    {
      id: "mean-time-to-dispatch",
      label: messages.kpi.meanTimeToDispatch,
      value: meanSeconds === null || meanSeconds === undefined ? noValue : messages.duration(meanSeconds),
      unit: "",
      accent: "var(--green)",
    },
    { id: "open", label: messages.kpi.open, value: count(kpi?.openCases), unit: messages.kpi.casesUnit, accent: "var(--amber)" },
    { id: "workers-on-duty", label: messages.kpi.workersOnDuty, value: count(kpi?.workersOnDuty), unit: messages.kpi.peopleUnit, accent: "var(--teal)" },
  ];

  return (
    <section className={styles.panel} aria-labelledby="kpi-title">
      <h2 id="kpi-title" className={styles.heading}>
        {messages.kpi.title}
      </h2>
      <dl className={styles.tiles}>
        {tiles.map((tile) => (
          <div key={tile.id} className={styles.tile} style={{ "--accent": tile.accent } as CSSProperties}>
            <dt className={styles.label}>{tile.label}</dt>
            <dd className={styles.value} data-testid={`kpi-${tile.id}`}>
              {tile.value}
              {tile.unit && tile.value !== noValue && <span className={styles.unit}>{tile.unit}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
