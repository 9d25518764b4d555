import type { TrackingRatingRequest } from "@/lib/contracts/tracking";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { applyCaseAction, type CaseActionOutcome } from "./apply-case-action";
import { findCaseByToken } from "./load-tracking";
import type { PipelineContext } from "./pipeline-context";

/**
 * The reporter's rating through their private link. Holding the link proves being the reporter,
 * so the rating is made as the case's own reporter and checked by the same rules as any other move.
 */
export async function rateByTracking(ctx: PipelineContext, token: string, request: TrackingRatingRequest): Promise<CaseActionOutcome> {
  const tracked = await findCaseByToken(ctx.db, token);
  if (!tracked) return { ok: false, status: 404, code: "not_found", message: "no report behind this link" };
  // A case without a reporter (opened before reporters were recorded) matches no resident: 403.
  const reporter: Actor = { role: "resident", id: tracked.reporter_id ?? "" };
  return applyCaseAction(ctx, tracked.id, { action: "rate", rating: request.rating, expectedVersion: request.expectedVersion }, reporter);
}
