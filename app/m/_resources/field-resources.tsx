"use client";

import { useMemo, useState } from "react";
import type { ResourceKind, ResourceSummary } from "@/lib/contracts";
import { useResourceMessages } from "@/app/_resources/use-resource-messages";
import { isOut } from "@/app/_resources/resource-moves";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import { CrewCard } from "./crew-card";
import { ShelterCard } from "./shelter-card";
import { useFieldResources } from "./use-field-resources";
import styles from "./field-resources.module.css";

// Shelter staff see shelters; a team leader's teams come before the pumps, vehicles and depots of the same department.
const kindOrder: readonly ResourceKind[] = ["shelter", "team", "pump", "vehicle", "sandbags"];

/** Out on a job first (they have progress to report), then open shelters, then by code. */
function fieldOrder(a: ResourceSummary, b: ResourceSummary): number {
  const rank = (resource: ResourceSummary) => (isOut(resource) ? 0 : resource.state === "closed" ? 2 : 1);
  return rank(a) - rank(b) || a.code.localeCompare(b.code);
}

/** 我的应急资源: one tab per kind the department runs, a card per resource with what the field may change. */
export function FieldResources() {
  const r = useResourceMessages();
  const { t } = useMobileMessages();
  const field = useFieldResources();
  const kinds = useMemo(() => kindOrder.filter((kind) => field.resources.some((resource) => resource.kind === kind)), [field.resources]);
  const [chosenKind, setChosenKind] = useState<ResourceKind | null>(null);
  const kind = chosenKind && kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? null);
  const shown = useMemo(() => field.resources.filter((resource) => resource.kind === kind).sort(fieldOrder), [field.resources, kind]);

  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <h1 className={styles.title}>{r.field.title}</h1>
        <span className={styles.live} data-connected={field.connected} data-testid="live-status">
          {field.connected ? t.live.connected : t.live.offline}
        </span>
      </div>
      {kinds.length > 1 && (
        <div className={styles.tabs} role="tablist">
          {kinds.map((k) => (
            <button key={k} type="button" role="tab" className={styles.tab} aria-selected={k === kind} onClick={() => setChosenKind(k)} data-testid={`field-kind-${k}`}>
              {r.kindsPlural[k]}
            </button>
          ))}
        </div>
      )}
      {field.status === "loading" && <p className={styles.note}>{r.field.loading}</p>}
      {field.status === "failed" && (
        <p className={styles.note} role="alert">
          {r.field.failed}
          <button type="button" className={styles.smallButton} onClick={field.reload}>
            {r.field.retry}
          </button>
        </p>
      )}
      {field.status === "ready" && field.resources.length === 0 && <p className={styles.note}>{r.field.empty}</p>}
      <ul className={styles.list} data-testid="field-resources">
        {shown.map((resource) =>
          resource.kind === "shelter" ? (
            <ShelterCard key={resource.id} resource={resource} onSettled={field.put} onConflict={field.reload} />
          ) : (
            <CrewCard key={resource.id} resource={resource} onSettled={field.put} onConflict={field.reload} />
          ),
        )}
      </ul>
    </div>
  );
}
