"use client";

import { useState, type CSSProperties } from "react";
import type { ResourceSummary } from "@/lib/contracts";
import { useI18n } from "@/app/_i18n/language-provider";
import { stateCssColor } from "@/app/_resources/resource-colors";
import { formatOccupancy, occupancyShare, steppedOccupancy } from "@/app/_resources/occupancy";
import { buttonMoves } from "@/app/_resources/resource-moves";
import { ResourceStateBadge } from "@/app/_resources/resource-state-badge";
import { resourceName, useResourceMessages } from "@/app/_resources/use-resource-messages";
import { FieldNotice } from "./field-notice";
import { useFieldAction } from "./use-field-action";
import styles from "./field-resources.module.css";

interface Props {
  resource: ResourceSummary;
  onSettled: (resource: ResourceSummary) => void;
  onConflict: () => void;
}

const steps = [-10, -1, 1, 10] as const;

/** A shelter: how full it is, people in and out a tap at a time or set at once, and open or closed. */
export function ShelterCard({ resource, onSettled, onConflict }: Props) {
  const r = useResourceMessages();
  const { language } = useI18n();
  const action = useFieldAction(onSettled, onConflict);
  const [typed, setTyped] = useState("");
  const capacity = resource.capacity ?? 0;
  const typedCount = typed === "" ? null : Number(typed);
  const typedValid = typedCount !== null && Number.isInteger(typedCount) && typedCount >= 0 && typedCount <= capacity;
  const closed = resource.state === "closed";
  // A typed count is cleared once it is saved, not by a tap on a step, nor when retyped meanwhile.
  const setOccupancy = (occupancy: number, typedText?: string) =>
    void action.run(resource, { action: "set_occupancy", occupancy }).then((done) => done && typedText && setTyped((current) => (current === typedText ? "" : current)));

  return (
    <li
      className={styles.card}
      data-testid="shelter-card"
      data-resource-id={resource.id}
      data-state={resource.state}
      style={{ "--state": stateCssColor(resource.state), "--share": occupancyShare(resource) } as CSSProperties}
    >
      <div className={styles.cardTop}>
        <span className={styles.name}>{resourceName(resource, language)}</span>
        <ResourceStateBadge state={resource.state} />
      </div>
      <div className={styles.occupancy}>
        <span className={styles.count} data-testid="shelter-occupancy">
          {formatOccupancy(resource)}
        </span>
        <span className={styles.bar} aria-hidden />
      </div>
      <div className={styles.steps}>
        {steps.map((step) => {
          const next = steppedOccupancy(resource, step);
          // A closed shelter takes no one: its count may only fall.
          const blocked = next === resource.occupancy || (closed && step > 0);
          return (
            <button
              key={step}
              type="button"
              className={styles.step}
              disabled={blocked || action.pending}
              onClick={() => setOccupancy(next)}
              data-testid={`shelter-step-${step}`}
            >
              {step > 0 ? `+${step}` : `−${-step}`}
            </button>
          );
        })}
      </div>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (typedValid) setOccupancy(typedCount, typed);
        }}
      >
        <input
          className={styles.input}
          inputMode="numeric"
          aria-label={r.field.setLabel}
          placeholder={`${r.field.setLabel} 0–${capacity}`}
          value={typed}
          onChange={(event) => setTyped(event.target.value.replace(/[^0-9]/g, ""))}
          data-testid="shelter-set-input"
        />
        <button type="submit" className={styles.smallButton} disabled={!typedValid || action.pending || (closed && typedCount! > (resource.occupancy ?? 0))} data-testid="shelter-set">
          {r.field.set}
        </button>
        {buttonMoves(resource, "field").map((move) => (
          <button key={move} type="button" className={styles.smallButton} data-action={move} disabled={action.pending} onClick={() => void action.run(resource, { action: move })} data-testid={`shelter-${move}`}>
            {r.actions[move]}
          </button>
        ))}
      </form>
      <FieldNotice notice={action.notice} onDismiss={action.dismiss} />
    </li>
  );
}
