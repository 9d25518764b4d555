"use client";

import type { CSSProperties } from "react";
import type { ResourceState } from "@/lib/contracts";
import { stateCssColor } from "./resource-colors";
import { useResourceMessages } from "./use-resource-messages";

const style = (state: ResourceState): CSSProperties => ({
  display: "inline-block",
  padding: "0.05em 0.55em",
  border: `1px solid ${stateCssColor(state)}`,
  borderRadius: "999px",
  color: stateCssColor(state),
  fontSize: "0.85em",
  fontWeight: 600,
  whiteSpace: "nowrap",
});

/** A resource's state as a coloured pill, in the colours the map uses. */
export function ResourceStateBadge({ state }: { state: ResourceState }) {
  const r = useResourceMessages();
  return (
    <span style={style(state)} data-testid="resource-state" data-state={state}>
      {r.states[state]}
    </span>
  );
}
