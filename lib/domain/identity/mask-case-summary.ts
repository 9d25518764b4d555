import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { maskPersonalNumbers } from "./mask-personal-numbers";
import { canSeePhone } from "./phone-visibility";

/** A case with the numbers in its description masked; the very object when there are none. */
export function maskCaseSummary(summary: CaseSummary): CaseSummary {
  const description = maskPersonalNumbers(summary.description);
  return description === summary.description ? summary : { ...summary, description };
}

/** A case as `viewer` may read it: those who may see the reporter's phone read its text as written. */
export function caseSummarySeenBy(viewer: Actor, summary: CaseSummary): CaseSummary {
  return canSeePhone(viewer, { ownerId: null, assigneeWorkerId: summary.assigneeId }) ? summary : maskCaseSummary(summary);
}
