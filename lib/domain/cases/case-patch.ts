import type { Rating } from "@/lib/contracts/case-action";
import type { Stage } from "@/lib/contracts/stage";
import type { ActionRequest } from "./case-rules";

/** What one allowed action changes on a case, beyond its stage and version. */
export interface CasePatch {
  stage: Stage;
  signedForAt?: Date;
  arrivedAt?: Date;
  resolvedAt?: Date;
  ratedAt?: Date;
  closedAt?: Date;
  result?: string;
  rating?: Rating;
  /** Back to the pool: the next dispatch picks a worker afresh. */
  clearAssignee?: boolean;
  reopened?: boolean;
  /** locate: the case's new position with its grid. */
  place?: { lat: number; lng: number; gridCell: string; district: number | null };
}

export interface ResolveDetails {
  result?: string;
}

/** A worker holds a case, and a unit of their load, while it is dispatched to them or in their hands. */
export function holdsWorker(stage: Stage): boolean {
  return stage === "dispatched" || stage === "in_progress";
}

export function patchFor(request: ActionRequest & ResolveDetails, to: Stage, at: Date): CasePatch {
  const patch: CasePatch = { stage: to };
  switch (request.action) {
    case "sign_for":
      patch.signedForAt = at;
      break;
    case "arrive":
      patch.arrivedAt = at;
      break;
    case "resolve":
      patch.resolvedAt = at;
      patch.result = request.result;
      break;
    case "rate":
      patch.ratedAt = at;
      patch.rating = request.rating;
      break;
    case "close":
      patch.closedAt = at;
      break;
    default:
      break;
  }
  if (to === "reopened") {
    patch.reopened = true;
    patch.clearAssignee = true;
  }
  return patch;
}
