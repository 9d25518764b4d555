"use client";

import { useCallback } from "react";
import type { ResourceSummary } from "@/lib/contracts";
import { useResourceAction } from "@/app/_resources/use-resource-action";

/** A move from the phone: the answer replaces the card's resource; anything else (a conflict, a refusal) reloads the list. */
export function useFieldAction(onSettled: (resource: ResourceSummary) => void, onConflict: () => void) {
  const settled = useCallback((resource: ResourceSummary | null) => (resource ? onSettled(resource) : onConflict()), [onSettled, onConflict]);
  return useResourceAction(settled, "/m/resources");
}
