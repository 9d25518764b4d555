import type { BurstDispatchResult } from "@/lib/contracts/burst-dispatch";
import { listCasesInStages } from "@/lib/db/repositories/cases.repository";
import { assignBurst } from "@/lib/domain/dispatch/assign-burst";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import type { BurstCase } from "@/lib/domain/dispatch/burst-candidates";
import { AWAITING_DISPATCH, autoAssignMany } from "./auto-assign";
import type { PipelineContext } from "./pipeline-context";

/** The most cases one burst takes on: beyond this, the rest wait for the next round. */
export const BURST_LIMIT = 2_000;

/**
 * Assigns the whole dispatch backlog jointly (least total travel, lib/domain/dispatch/assign-burst)
 * instead of case by case, for a typhoon night when cases arrive faster than workers clear them,
 * among the workers of the worker index (re-read for the asking) whose position is fresh.
 * The assignments are then stored like auto-dispatch's own, in one transaction whose guards skip a
 * case or a worker taken by someone else meanwhile: that case keeps its dispatch job.
 * `requestedBy` (who asked for the burst) is kept in each assignment's reason.
 */
export async function dispatchBurst(ctx: PipelineContext, requestedBy: string): Promise<BurstDispatchResult> {
  const backlog = await listCasesInStages(ctx.db, AWAITING_DISPATCH, BURST_LIMIT);
  const waiting = backlog.filter((c) => isAutoDispatchable(c, ctx.reference.category(c.category)));
  const workers = (await ctx.workerIndex.reconcile()).liveWorkers(ctx.clock().getTime());
  const cases: BurstCase[] = waiting.map((c) => ({
    id: c.id,
    lat: c.lat,
    lng: c.lng,
    skills: ctx.reference.category(c.category)?.skills ?? [],
    gridCell: c.gridCell,
  }));

  const plan = assignBurst(cases, workers, ctx.dispatchPolicy);
  const byId = new Map(waiting.map((c) => [c.id, c]));
  const result: BurstDispatchResult = { considered: waiting.length, assigned: 0, totalTravelMeters: 0, unassigned: plan.unassigned, takenMeanwhile: 0 };
  const outcomes = await autoAssignMany(
    ctx,
    plan.assignments.map((assignment) => ({
      ...assignment,
      current: byId.get(assignment.caseId)!,
      reason: {
        rule: "burst-least-total-travel",
        requestedBy,
        casesInBurst: cases.length,
        workersConsidered: workers.length,
        chosen: assignment.workerId,
        travelMeters: assignment.travelMeters,
        sameGrid: assignment.sameGrid,
      },
    })),
  );
  plan.assignments.forEach((assignment, i) => {
    if (outcomes[i] === "assigned") {
      result.assigned += 1;
      result.totalTravelMeters += assignment.travelMeters;
    } else {
      result.takenMeanwhile += 1;
    }
  });
  return result;
}
