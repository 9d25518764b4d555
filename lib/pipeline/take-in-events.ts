import type { RecordEventJob } from "@/lib/queue/job-payloads";
import { dispatchTogether } from "./dispatch-together";
import type { PipelineContext } from "./pipeline-context";
import type { RecordEventResult } from "./record-event";
import { recordEvents } from "./record-events";

/**
 * The intake queue's step for a batch of events: stored, then dispatched together at once; a case
 * that finds no worker now is left to the dispatch queue, which retries it with backoff.
 */
export async function takeInEvents(jobs: readonly RecordEventJob[], ctx: PipelineContext): Promise<RecordEventResult[]> {
  const recorded = await recordEvents(jobs, ctx);
  const unplaced = await dispatchTogether(
    ctx,
    recorded.map((r) => r.summary),
  );
  await Promise.all(unplaced.map((c) => ctx.enqueueDispatch({ caseId: c.id, caseVersion: c.version })));
  return recorded.map(({ caseId, created }) => ({ caseId, created }));
}
