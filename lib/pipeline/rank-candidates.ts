import type { DispatchReason } from "@/lib/domain/dispatch/choose-worker";
import type { WorkerIndex } from "@/lib/domain/dispatch/worker-index";
import type { PipelineContext } from "./pipeline-context";

export interface CaseToStaff {
  lat: number;
  lng: number;
  category: string;
  gridCell: string;
}

/**
 * The best `count` workers who may take a case, ranked as auto-dispatch ranks them: what
 * auto-dispatch, its retries and the console's suggestions all ask the worker index.
 */
export function rankCandidates(
  ctx: Pick<PipelineContext, "reference" | "clock">,
  index: WorkerIndex,
  target: CaseToStaff,
  count: number,
  exclude?: ReadonlySet<string>,
): DispatchReason {
  const skills = ctx.reference.category(target.category)?.skills ?? [];
  return index.nearestEligible({ lat: target.lat, lng: target.lng, skills, gridCell: target.gridCell, k: count, nowMs: ctx.clock().getTime(), exclude });
}
