"use client";

import { useState, type CSSProperties } from "react";
import type { ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { stateCssColor } from "@/app/_resources/resource-colors";
import { buttonMoves, canReport } from "@/app/_resources/resource-moves";
import { ResourceStateBadge } from "@/app/_resources/resource-state-badge";
import { StockForm } from "@/app/_resources/stock-form";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import { FieldNotice } from "./field-notice";
import { useFieldAction } from "./use-field-action";
import styles from "./field-resources.module.css";

interface Props {
  resource: ResourceSummary;
  onSettled: (resource: ResourceSummary) => void;
  onConflict: () => void;
}

/** A team, pump or vehicle: its job, the next step of it (on scene, leaving, back) and a note on how it goes; a depot: bags out and in. */
export function CrewCard({ resource, onSettled, onConflict }: Props) {
  const r = useResourceMessages();
  const { language } = useI18n();
  const action = useFieldAction(onSettled, onConflict);
  const [note, setNote] = useState("");
  const trimmed = note.trim();
  // Only the note that was sent is cleared: one typed while the move was on its way stays.
  const run = (request: Parameters<typeof action.run>[1]) =>
    void action.run(resource, request).then((done) => done && request.note && setNote((current) => (current.trim() === request.note ? "" : current)));
  const details = [
    resource.members !== null && r.members(resource.members),
    resource.m3PerHour !== null && r.capacityPerHour(resource.m3PerHour),
    resource.stock !== null && r.stock(resource.stock),
    ...resource.skills.map((skill) => r.skills[skill] ?? skill),
  ].filter(Boolean);

  return (
    <li className={styles.card} data-testid="crew-card" data-resource-id={resource.id} data-state={resource.state} style={{ "--state": stateCssColor(resource.state) } as CSSProperties}>
      <div className={styles.cardTop}>
        <span className={styles.name}>
          {resourceName(resource, language)}
          <small className={styles.code}>{resource.code}</small>
        </span>
        <ResourceStateBadge state={resource.state} />
      </div>
      <p className={styles.details}>{details.join(" · ")}</p>
      {(resource.kind !== "sandbags" || resource.target) && (
        <p className={styles.job} data-testid="crew-job" data-idle={!resource.target}>
          {r.field.job}：{resource.target ? (resource.target.label ?? `${resource.target.lat.toFixed(4)}, ${resource.target.lng.toFixed(4)}`) : r.field.noJob}
        </p>
      )}
      {canReport(resource) && (
        <>
          <textarea
            className={styles.noteInput}
            rows={2}
            maxLength={500}
            aria-label={r.noteLabel}
            placeholder={r.field.notePlaceholder}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            data-testid="crew-note"
          />
          <div className={styles.row}>
            {buttonMoves(resource, "field").map((move) => (
              <button
                key={move}
                type="button"
                className={styles.primary}
                disabled={action.pending}
                onClick={() => run({ action: move, ...(trimmed && { note: trimmed }) })}
                data-testid={`crew-${move}`}
              >
                {r.actions[move]}
              </button>
            ))}
            <button type="button" className={styles.smallButton} disabled={!trimmed || action.pending} onClick={() => run({ action: "report", note: trimmed })} data-testid="crew-report">
              {r.field.sendReport}
            </button>
          </div>
        </>
      )}
      {resource.kind === "sandbags" && resource.stock !== null && resource.state === "available" && (
        <StockForm
          stock={resource.stock}
          pending={action.pending}
          onMove={(move, amount) => action.run(resource, { action: move, amount })}
          classes={{ form: styles.row, input: styles.input, button: styles.smallButton }}
        />
      )}
      <FieldNotice notice={action.notice} onDismiss={action.dismiss} />
    </li>
  );
}
