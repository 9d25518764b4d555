"use client";

import { useCallback, useState } from "react";
import { isPlaced, openStages, resourceSuggestionsSchema, type CaseSummary, type MovableKind, type ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { useResourceAction } from "@/app/_resources/use-resource-action";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import { ResourceStateBadge } from "@/app/_resources/resource-state-badge";
import { ResourceButtons } from "./resource-buttons";
import { ResourceNotice } from "./resource-notice";
import styles from "./resources.module.css";
import { useResource } from "./use-resource";

interface Props {
  summary: CaseSummary;
  /** Resources sent to this case, live. */
  onCase: readonly ResourceSummary[];
  /** Dispatchers and admins send and recall; an operator only sees. */
  canCommand: boolean;
}

const kinds: readonly MovableKind[] = ["pump", "team", "vehicle"];
const skillsByKind: Readonly<Record<MovableKind, readonly string[]>> = {
  pump: [],
  team: ["water_rescue", "evacuation", "first_aid", "drainage", "tree_clearing", "structural_rescue"],
  vehicle: ["evacuation", "towing"],
};
const pumpSizes = [1000, 2000] as const;

function suggestionsUrl(caseId: string, kind: MovableKind, skill: string, minM3: number): string {
  const query = new URLSearchParams({ kind });
  if (skill) query.set("skill", skill);
  if (minM3 > 0) query.set("minM3PerHour", String(minM3));
  return `/api/cases/${caseId}/resource-suggestions?${query}`;
}

/** 派出应急资源: what is already sent to the case with its moves, and the nearest available ones of a kind to send. */
export function CaseResourcesPanel({ summary, onCase, canCommand }: Props) {
  const r = useResourceMessages();
  const { language } = useI18n();
  const [kind, setKind] = useState<MovableKind>("pump");
  const [skill, setSkill] = useState("");
  const [minM3, setMinM3] = useState(0);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  const action = useResourceAction(refresh, `/dispatch?case=${summary.id}`);
  const sendable = canCommand && isPlaced(summary) && openStages.includes(summary.stage);
  const url = sendable ? suggestionsUrl(summary.id, kind, skill, minM3) : null;
  // Reloaded when a resource is sent, recalled or freed: what is available nearby changed.
  const suggestions = useResource(url, resourceSuggestionsSchema, `${revision}:${onCase.map((o) => o.version).join(",")}`);
  const data = suggestions.data;
  const chosen = data?.suggestions.find((s) => s.resource.id === chosenId) ?? null;

  const choose = (next: MovableKind) => {
    setKind(next);
    setSkill("");
    setMinM3(0);
    setChosenId(null);
  };

  return (
    <section className={styles.section} aria-labelledby="case-resources-title" data-testid="case-resources">
      <h3 id="case-resources-title" className={styles.title}>
        {r.desk.sendTitle}
      </h3>
      <ResourceNotice notice={action.notice} onDismiss={action.dismiss} />
      <p className={styles.muted}>{onCase.length === 0 ? r.desk.noneOnCase : r.desk.onCase}</p>
      {onCase.length > 0 && (
        <ul className={styles.rows} data-testid="resources-on-case">
          {onCase.map((resource) => (
            <li key={resource.id} className={styles.row} data-testid="resource-on-case" data-resource-id={resource.id} data-state={resource.state}>
              <span className={styles.code}>{resource.code}</span>
              <span className={styles.name}>
                {r.kinds[resource.kind]}
                <small>{resourceName(resource, language)}</small>
              </span>
              <ResourceStateBadge state={resource.state} />
              {canCommand ? <ResourceButtons resource={resource} pending={action.pending} onMove={(move) => void action.run(resource, { action: move })} /> : <span />}
            </li>
          ))}
        </ul>
      )}

      {!canCommand ? null : !sendable ? (
        <p className={styles.muted}>{r.desk.cannotSend}</p>
      ) : (
        <form
          className={styles.sendForm}
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen)
              void action.run(chosen.resource, { action: "dispatch", caseId: summary.id }).then((done) => {
                if (done) setChosenId(null);
              });
          }}
        >
          <div className={styles.controls}>
            <span className={styles.segments} role="group" aria-label={r.desk.sendTitle}>
              {kinds.map((k) => (
                <button key={k} type="button" className={styles.segment} aria-pressed={kind === k} data-testid={`send-kind-${k}`} onClick={() => choose(k)}>
                  {r.kindsPlural[k]}
                </button>
              ))}
            </span>
            {kind === "pump" ? (
              <select className={styles.select} value={minM3} onChange={(event) => setMinM3(Number(event.target.value))} aria-label={r.kinds.pump}>
                <option value={0}>{r.desk.anyCapacity}</option>
                {pumpSizes.map((size) => (
                  <option key={size} value={size}>
                    {r.desk.atLeast(size)}
                  </option>
                ))}
              </select>
            ) : (
              <select className={styles.select} value={skill} onChange={(event) => setSkill(event.target.value)} aria-label={r.kinds[kind]}>
                <option value="">{r.desk.anySkill}</option>
                {skillsByKind[kind].map((s) => (
                  <option key={s} value={s}>
                    {r.skills[s] ?? s}
                  </option>
                ))}
              </select>
            )}
          </div>
          <p className={styles.muted}>{data ? r.desk.passedOver(data.excluded, data.considered) : r.desk.loading}</p>
          {data?.suggestions.length === 0 && <p className={styles.muted}>{r.desk.noSuggestion}</p>}
          <ol className={styles.options} role="radiogroup" aria-label={r.desk.suggestions}>
            {data?.suggestions.map((s, index) => (
              <li key={s.resource.id}>
                <label className={styles.candidate} data-chosen={s.resource.id === chosenId} data-testid="resource-candidate" data-resource-id={s.resource.id}>
                  <input type="radio" name="resource" value={s.resource.id} checked={s.resource.id === chosenId} onChange={() => setChosenId(s.resource.id)} />
                  <span className={styles.rank}>{index + 1}</span>
                  <span className={styles.name}>
                    <span className={styles.code}>{s.resource.code}</span> {resourceName(s.resource, language)}
                  </span>
                  <small className={styles.muted}>
                    {s.resource.m3PerHour !== null
                      ? r.capacityPerHour(s.resource.m3PerHour)
                      : s.resource.skills.map((skillCode) => r.skills[skillCode] ?? skillCode).join("、")}
                  </small>
                  <span className={styles.distance}>{r.desk.distance(s.travelMeters)}</span>
                </label>
              </li>
            ))}
          </ol>
          <button type="submit" className={styles.confirm} disabled={!chosen || action.pending} data-testid="confirm-send-resource">
            {action.pending ? r.desk.working : chosen ? r.desk.send(chosen.resource.code) : r.desk.choose}
          </button>
        </form>
      )}
    </section>
  );
}
