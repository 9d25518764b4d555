"use client";

import { useMemo, useState } from "react";
import type { LiveState } from "@/app/_live/live-state";
import { CaseViews, type CaseViewsSnapshot } from "./case-views";

/** The wall screen's views of the live cases, followed change by change. */
export function useCaseViews(live: LiveState, queueLength: number): CaseViewsSnapshot {
  const [views] = useState(() => new CaseViews(queueLength));
  // sync() only moves the views forward to this state, so running it again (Strict Mode) changes nothing.
  return useMemo(() => views.sync(live.cases, live.caseChanges), [views, live.cases, live.caseChanges]);
}
