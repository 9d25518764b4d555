"use client";

import { useCallback, useState } from "react";
import { resourceDetailSchema, resourceActions, type ResourceAction, type ResourceHistoryItem, type ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock } from "@/app/_i18n/shanghai-time";
import { ResourceCapabilityFacts, resourceTargetText } from "@/app/_resources/resource-capability-facts";
import { canReport, canSend } from "@/app/_resources/resource-moves";
import { ResourceStateBadge } from "@/app/_resources/resource-state-badge";
import { StockForm } from "@/app/_resources/stock-form";
import { useResourceAction } from "@/app/_resources/use-resource-action";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import { ResourceButtons } from "./resource-buttons";
import { ResourceNotice } from "./resource-notice";
import type { ConsoleNames } from "./use-console-names";
import styles from "./resources.module.css";
import { useResource } from "./use-resource";

interface Props {
  resourceId: string;
  /** The newest version the live feed has seen: a newer one reloads the detail and its history. */
  liveVersion: number | null;
  names: ConsoleNames;
  canCommand: boolean;
}

const isAction = (action: string): action is ResourceAction => (resourceActions as readonly string[]).includes(action);

/** One resource: what it is, where it is sent, the desk's moves on it (recall, arrived, back, move to a place, a note, a depot's bags out and in) and its history. */
export function ResourceDetailPanel({ resourceId, liveVersion, names, canCommand }: Props) {
  const r = useResourceMessages();
  const { language } = useI18n();
  const [revision, setRevision] = useState(0);
  const detail = useResource(`/api/resources/${resourceId}`, resourceDetailSchema, `${liveVersion}:${revision}`);
  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  const action = useResourceAction(refresh, "/dispatch");
  const resource = detail.data?.resource;
  if (!resource) return <p className={styles.muted}>{detail.status === "failed" ? r.failed("HTTP") : r.desk.loading}</p>;

  return (
    <article className={styles.detail} data-testid="resource-detail" data-resource-id={resource.id} data-version={resource.version} data-state={resource.state}>
      <section className={styles.section}>
        <h2 className={styles.title}>
          <span className={styles.code}>{resource.code}</span> {resourceName(resource, language)} <ResourceStateBadge state={resource.state} />
        </h2>
        <ResourceNotice notice={action.notice} onDismiss={action.dismiss} />
        <ResourceFacts resource={resource} names={names} />
        {canCommand && <ResourceButtons resource={resource} pending={action.pending} onMove={(move) => void action.run(resource, { action: move })} />}
      </section>
      {canCommand && canSend(resource) && <MoveForm key={resource.version} resource={resource} pending={action.pending} onMove={(place) => void action.run(resource, { action: "move", place })} />}
      {canCommand && resource.kind === "sandbags" && resource.stock !== null && resource.state === "available" && (
        <section className={styles.section}>
          <h3 className={styles.title}>{r.kinds.sandbags}</h3>
          <StockForm
            stock={resource.stock}
            pending={action.pending}
            onMove={(move, amount) => action.run(resource, { action: move, amount })}
            classes={{ form: styles.controls, input: styles.input, button: styles.button }}
          />
        </section>
      )}
      {canCommand && canReport(resource) && (
        <ReportForm key={`report-${resource.version}`} pending={action.pending} onReport={(note) => void action.run(resource, { action: "report", note })} />
      )}
      <section className={styles.section}>
        <h3 className={styles.title}>{r.desk.history}</h3>
        <ol className={styles.history} data-testid="resource-history">
          {[...(detail.data?.history ?? [])].reverse().map((item, index) => (
            <HistoryRow key={index} item={item} />
          ))}
        </ol>
      </section>
    </article>
  );
}

function ResourceFacts({ resource, names }: { resource: ResourceSummary; names: ConsoleNames }) {
  const r = useResourceMessages();
  return (
    <dl className={styles.facts}>
      <dt>{r.kinds[resource.kind]}</dt>
      <dd>
        {names.district(resource.district)} · {names.department(resource.department)}
      </dd>
      <ResourceCapabilityFacts resource={resource} testIdPrefix="resource-detail" />
      <dt>{r.target}</dt>
      <dd data-testid="resource-target">{resource.target ? resourceTargetText(resource.target, 5) : "—"}</dd>
      <dt>
        {r.desk.lat} / {r.desk.lng}
      </dt>
      <dd>
        {resource.lat.toFixed(5)}, {resource.lng.toFixed(5)}
      </dd>
    </dl>
  );
}

/** 预置: an idle resource waits somewhere else, nearer where water is expected. */
function MoveForm({ resource, pending, onMove }: { resource: ResourceSummary; pending: boolean; onMove: (place: { lat: number; lng: number; label?: string }) => void }) {
  const r = useResourceMessages();
  const [lat, setLat] = useState(resource.lat.toFixed(5));
  const [lng, setLng] = useState(resource.lng.toFixed(5));
  const [label, setLabel] = useState("");
  const place = { lat: Number(lat), lng: Number(lng) };
  const valid = Number.isFinite(place.lat) && Number.isFinite(place.lng) && Math.abs(place.lat) <= 90 && Math.abs(place.lng) <= 180 && lat !== "" && lng !== "";
  return (
    <form
      className={styles.section}
      data-testid="resource-move"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onMove({ ...place, ...(label.trim() && { label: label.trim() }) });
      }}
    >
      <h3 className={styles.title}>{r.desk.moveTitle}</h3>
      <div className={styles.controls}>
        <input className={styles.input} aria-label={r.desk.lat} value={lat} onChange={(event) => setLat(event.target.value)} inputMode="decimal" />
        <input className={styles.input} aria-label={r.desk.lng} value={lng} onChange={(event) => setLng(event.target.value)} inputMode="decimal" />
        <input className={styles.input} aria-label={r.desk.placeLabel} placeholder={r.desk.placeLabel} value={label} onChange={(event) => setLabel(event.target.value)} maxLength={120} />
        <button type="submit" className={styles.button} disabled={!valid || pending} data-testid="resource-move-confirm">
          {r.actions.move}
        </button>
      </div>
    </form>
  );
}

function ReportForm({ pending, onReport }: { pending: boolean; onReport: (note: string) => void }) {
  const r = useResourceMessages();
  const [note, setNote] = useState("");
  return (
    <form
      className={styles.section}
      onSubmit={(event) => {
        event.preventDefault();
        if (note.trim()) onReport(note.trim());
      }}
    >
      <h3 className={styles.title}>{r.desk.reportTitle}</h3>
      <div className={styles.controls}>
        <input className={styles.input} style={{ flex: 1 }} aria-label={r.noteLabel} placeholder={r.noteLabel} value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
        <button type="submit" className={styles.button} disabled={!note.trim() || pending}>
          {r.actions.report}
        </button>
      </div>
    </form>
  );
}

function HistoryRow({ item }: { item: ResourceHistoryItem }) {
  const r = useResourceMessages();
  const note = typeof item.detail.note === "string" ? item.detail.note : null;
  const target = (item.detail.target as { label?: string | null } | undefined)?.label ?? null;
  const occupancy = item.detail.occupancy as { from: number | null; to: number } | undefined;
  return (
    <li data-action={item.action}>
      <time dateTime={item.at}>{formatClock(Date.parse(item.at))}</time>
      <span>{isAction(item.action) ? r.actions[item.action] : item.action}</span>
      <span>
        {item.fromState && item.toState && item.fromState !== item.toState && `${r.states[item.fromState]} → ${r.states[item.toState]}`}
        {target && ` · ${target}`}
        {occupancy && ` · ${occupancy.from ?? 0} → ${occupancy.to}`}
        {note && ` · ${note}`}
      </span>
    </li>
  );
}
