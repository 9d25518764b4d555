"use client";

import type { ResourceSummary } from "@/lib/contracts";
import { buttonMoves, type ButtonMove } from "@/app/_resources/resource-moves";
import { useResourceMessages } from "@/app/_resources/use-resource-messages";
import styles from "./resources.module.css";

/** The one-tap desk moves the resource's state allows: arrived, recall, released, back. */
export function ResourceButtons({ resource, pending, onMove }: { resource: ResourceSummary; pending: boolean; onMove: (move: ButtonMove) => void }) {
  const r = useResourceMessages();
  const moves = buttonMoves(resource, "desk");
  if (moves.length === 0) return null;
  return (
    <span className={styles.buttons}>
      {moves.map((move) => (
        <button
          key={move}
          type="button"
          className={styles.button}
          data-action={move}
          data-testid={`resource-${move}`}
          disabled={pending}
          onClick={() => onMove(move)}
        >
          {r.actions[move]}
        </button>
      ))}
    </span>
  );
}
