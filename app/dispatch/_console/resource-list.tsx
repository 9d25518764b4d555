"use client";

import { useMemo } from "react";
import { resourceKinds, resourceStates, type ResourceKind, type ResourceState, type ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { ResourceStateBadge } from "@/app/_resources/resource-state-badge";
import { formatOccupancy } from "@/app/_resources/occupancy";
import { filterResources, statesOfKind, type ResourceFilter } from "@/app/_resources/resource-filter";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import type { ConsoleNames } from "./use-console-names";
import styles from "./resources.module.css";

interface Props {
  resources: ReadonlyMap<string, ResourceSummary>;
  filter: ResourceFilter;
  onFilter: (filter: ResourceFilter) => void;
  names: ConsoleNames;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** 应急资源 by kind, live: each with its state, where it was sent or how full it is; filtered by state and district. */
export function ResourceList({ resources, filter, onFilter, names, selectedId, onSelect }: Props) {
  const r = useResourceMessages();
  const { language } = useI18n();
  const all = useMemo(() => [...resources.values()], [resources]);
  const shown = useMemo(() => filterResources(all, filter), [all, filter]);
  const countOf = (kind: ResourceKind) => all.filter((resource) => resource.kind === kind).length;
  const districts = useMemo(() => [...new Set(all.map((resource) => resource.district))].sort((a, b) => a - b), [all]);

  return (
    <section className={styles.list} aria-labelledby="resource-list-title">
      <h2 id="resource-list-title" className={styles.title}>
        {r.desk.listTitle} <small className={styles.muted}>{r.desk.count(shown.length)}</small>
      </h2>
      <div className={styles.controls}>
        <span className={styles.segments} role="group" aria-label={r.desk.listTitle}>
          {resourceKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className={styles.segment}
              aria-pressed={filter.kind === kind}
              data-testid={`resource-kind-${kind}`}
              onClick={() => onFilter({ ...filter, kind, state: null })}
            >
              {r.kindsPlural[kind]} {countOf(kind)}
            </button>
          ))}
        </span>
        <select
          className={styles.select}
          value={filter.state ?? ""}
          aria-label={r.desk.anyState}
          data-testid="resource-filter-state"
          onChange={(event) => onFilter({ ...filter, state: (event.target.value || null) as ResourceState | null })}
        >
          <option value="">{r.desk.anyState}</option>
          {resourceStates
            .filter((state) => statesOfKind(filter.kind).includes(state))
            .map((state) => (
              <option key={state} value={state}>
                {r.states[state]}
              </option>
            ))}
        </select>
        <select
          className={styles.select}
          value={filter.district ?? ""}
          aria-label={r.desk.anyDistrict}
          onChange={(event) => onFilter({ ...filter, district: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">{r.desk.anyDistrict}</option>
          {districts.map((district) => (
            <option key={district} value={district}>
              {names.district(district)}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 && <p className={styles.muted}>{r.desk.none}</p>}
      <ol className={styles.scroll} data-testid="resource-list">
        {shown.map((resource) => (
          <li key={resource.id}>
            <button
              type="button"
              className={styles.listRow}
              aria-current={resource.id === selectedId}
              data-testid="resource-row"
              data-resource-id={resource.id}
              data-state={resource.state}
              onClick={() => onSelect(resource.id)}
            >
              <span className={styles.code}>{resource.code}</span>
              <span className={styles.name}>{resourceName(resource, language)}</span>
              <ResourceStateBadge state={resource.state} />
              <span className={styles.sub}>
                {names.district(resource.district)}
                {resource.kind === "shelter" && ` · ${formatOccupancy(resource)}`}
                {resource.target && ` · → ${resource.target.label ?? r.desk.moveTitle}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
