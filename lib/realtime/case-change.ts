import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { CasePatchField, CasePatchSet, UnsequencedDelta } from "@/lib/contracts/delta";

/**
 * A change to a case the screens already hold, as a step of the pipeline publishes it: the whole
 * case as it is now, and which of its fields this step changed. Screens get a patch of those fields;
 * department and worker rooms, which may not hold the case, get it whole.
 */
export interface CaseChange {
  kind: "case-change";
  case: CaseSummary;
  changed: readonly CasePatchField[];
  /** The worker this change took the case from: their phone hears it too. */
  formerAssigneeId?: string;
}

/** What the screen publisher takes: deltas as they are sent, or changes it sends as patches to screens. */
export type Publishable = UnsequencedDelta | CaseChange;

/** The delta the wall screens get, and the delta log keeps. */
export function forScreens(item: Publishable): UnsequencedDelta {
  if (item.kind !== "case-change") return item;
  const set: CasePatchSet = {};
  for (const field of item.changed) Object.assign(set, { [field]: item.case[field] });
  return { kind: "case-patch", id: item.case.id, version: item.case.version, set };
}

/** The delta rooms that may not hold the case get: the whole case. */
export function inFull(item: Publishable): UnsequencedDelta {
  if (item.kind !== "case-change") return item;
  return { kind: "case", case: item.case, ...(item.formerAssigneeId && { formerAssigneeId: item.formerAssigneeId }) };
}
