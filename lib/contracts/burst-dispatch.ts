import { z } from "zod";

/** POST /api/dispatch/burst: the dispatch backlog assigned jointly, for least total travel. */
export const burstDispatchResultSchema = z.object({
  /** Cases that were awaiting dispatch. */
  considered: z.number().int().min(0),
  assigned: z.number().int().min(0),
  totalTravelMeters: z.number().int().min(0),
  /** Cases no eligible worker could take; each keeps its own dispatch job, which retries. */
  unassigned: z.array(z.object({ caseId: z.string(), reason: z.enum(["no_eligible_worker", "capacity_taken"]) })),
  /** Planned assignments skipped because the case or the worker was taken by someone else meanwhile. */
  takenMeanwhile: z.number().int().min(0),
});
export type BurstDispatchResult = z.infer<typeof burstDispatchResultSchema>;
