"use client";

import { useMemo, type CSSProperties } from "react";
import { resourceKinds, type ResourceState, type ResourceSummary } from "@/lib/contracts";
import { resourceIcon } from "@/app/_map/resource-icons";
import { stateCssColor } from "@/app/_resources/resource-colors";
import { tallyResources } from "@/app/_resources/resource-tally";
import { useResourceMessages } from "@/app/_resources/use-resource-messages";
import styles from "./resources-panel.module.css";

const shownStates: readonly ResourceState[] = ["available", "en_route", "on_scene", "returning", "open", "full", "closed"];
const count = (n: number) => n.toLocaleString("en-US");

/**
 * 应急资源: shelters open and people in them, pumps and teams out, and what the map's shapes and colours mean.
 * `keyOnly` (typhoon mode, whose panel counts the same) keeps the shapes and colours and leaves the map its room.
 */
export function ResourcesPanel({ resources, keyOnly = false }: { resources: readonly ResourceSummary[]; keyOnly?: boolean }) {
  const r = useResourceMessages();
  const tally = useMemo(() => tallyResources(resources), [resources]);
  if (resources.length === 0) return null;
  const rows = [
    { id: "shelters-open", label: r.panel.sheltersOpen, value: tally.sheltersOpen, of: tally.shelters },
    { id: "people-sheltered", label: r.panel.peopleSheltered, value: tally.peopleSheltered, of: tally.shelterPlaces },
    { id: "pumps-out", label: r.panel.pumpsOut, value: tally.pumpsOut, of: tally.pumps },
    { id: "teams-out", label: r.panel.teamsOut, value: tally.teamsOut, of: tally.teams },
  ];
  return (
    <section className={styles.panel} aria-labelledby="resources-title" data-testid="resources-panel">
      <h2 id="resources-title" className={styles.title}>
        {r.panel.title}
      </h2>
      {!keyOnly && (
        <dl className={styles.rows}>
          {rows.map((row) => (
            <div key={row.id} className={styles.row} style={{ "--share": row.of ? row.value / row.of : 0 } as CSSProperties}>
              <dt>{row.label}</dt>
              <dd data-testid={`resources-${row.id}`}>
                <strong>{count(row.value)}</strong> <span className={styles.of}>{r.panel.of(row.of)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <ul className={styles.kinds}>
        {resourceKinds.map((kind) => (
          <li key={kind}>
            <img src={resourceIcon({ kind, state: kind === "shelter" ? "open" : "available", capacity: 4, occupancy: 3 }).url} alt="" width={20} height={20} />
            {r.kindsPlural[kind]}
          </li>
        ))}
      </ul>
      <ul className={styles.states}>
        {shownStates.map((state) => (
          <li key={state} style={{ "--state": stateCssColor(state) } as CSSProperties}>
            {r.states[state]}
          </li>
        ))}
      </ul>
    </section>
  );
}
