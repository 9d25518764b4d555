"use client";

import { Fragment, type CSSProperties, type ReactNode } from "react";
import { useI18n } from "@/app/_i18n/language-provider";
import type { StormView } from "@/app/_map/storm-view";
import type { TyphoonFigures } from "./typhoon-figures";
import styles from "./typhoon-panel.module.css";

const noValue = "—";
const whole = (value: number | null) => (value === null ? noValue : Math.round(value).toLocaleString("en-US"));
const tenth = (value: number | null) => (value === null ? noValue : value.toFixed(1));

function Tile({ id, label, accent, children, note }: { id: string; label: string; accent: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className={styles.tile} style={{ "--accent": accent } as CSSProperties}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value} data-testid={`typhoon-${id}`}>
        {children}
      </dd>
      {note && <dd className={styles.note}>{note}</dd>}
    </div>
  );
}

/** The night at a glance: the storm, the rain, the water, the cases against an ordinary hour, shelters and what is out. */
export function TyphoonPanel({ storm, figures, className }: { storm: StormView | null; figures: TyphoonFigures; className?: string }) {
  const { messages } = useI18n();
  const t = messages.typhoon;
  const shelterShare = figures.shelters.capacity > 0 ? figures.shelters.people / figures.shelters.capacity : 0;
  const unit = (text: string) => <span className={styles.unit}>{text}</span>;
  return (
    <section className={`${styles.panel} ${className ?? ""}`} aria-labelledby="typhoon-title" data-testid="typhoon-panel">
      <h2 id="typhoon-title" className={styles.heading}>
        <span>{t.panelTitle}</span>
        <span className={styles.storm} data-testid="typhoon-storm-name">
          {storm ? storm.name : t.noStorm}
        </span>
      </h2>
      <dl className={styles.tiles}>
        <Tile id="distance" label={t.distance} accent="var(--red)" note={storm && `${t.maxWind} ${storm.maxWindMs.toFixed(0)} m/s · ${storm.pressureHpa.toFixed(0)} hPa`}>
          {storm ? whole(storm.distanceToCityKm) : noValue}
          {storm && unit("km")}
        </Tile>
        <Tile id="rain-now" label={t.rainNow} accent="var(--blue)" note={figures.rainPeak && `${t.rainPeak} ${tenth(figures.rainPeak.value)} · ${figures.rainPeak.id}`}>
          {tenth(figures.rainNow)}
          {figures.rainNow !== null && unit("mm/h")}
        </Tile>
        <Tile id="water" label={t.waterOverAlarm} accent="var(--teal)">
          {figures.waterOverAlarm}
        </Tile>
        <Tile id="cases-hour" label={t.casesLastHour} accent="var(--amber)" note={figures.ordinaryHour !== null && t.ordinaryHour(whole(figures.ordinaryHour))}>
          {whole(figures.casesLastHour)}
        </Tile>
        <Tile id="backlog" label={t.backlog} accent="var(--amber)" note={`${t.overdue} ${whole(figures.overdue)}`}>
          {whole(figures.backlog)}
        </Tile>
        <Tile id="sheltered" label={t.sheltered} accent="var(--green)" note={`${t.shelters} ${t.sheltersFull(figures.shelters.full, figures.shelters.open)}`}>
          {whole(figures.shelters.people)}
          <span className={styles.bar} aria-hidden>
            <span style={{ width: `${Math.min(100, shelterShare * 100)}%` }} />
          </span>
        </Tile>
        <Tile id="deployed" label={t.deployed} accent="var(--cyan)">
          <span className={styles.deployed}>
            {(["pump", "team", "vehicle"] as const).map((kind) => (
              <Fragment key={kind}>
                <span className={styles.unit}>{t.deployedKinds[kind]}</span>
                <span>
                  {figures.deployed[kind].out}
                  <span className={styles.unit}>/{figures.deployed[kind].total}</span>
                </span>
              </Fragment>
            ))}
          </span>
        </Tile>
      </dl>
    </section>
  );
}
