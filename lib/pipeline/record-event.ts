import type { RecordEventJob } from "@/lib/queue/job-payloads";
import type { PipelineContext } from "./pipeline-context";
import { recordEvents } from "./record-events";

export type RecordEventResult = { caseId: string; created: boolean };

/**
 * Intake of one event outside the intake queue's batches: stored with its case, then handed to the
 * dispatch queue. Safe to run again: the second run finds it stored and only makes sure dispatch was asked.
 */
export async function recordEvent(job: RecordEventJob, ctx: PipelineContext): Promise<RecordEventResult> {
  const [recorded] = await recordEvents([job], ctx, { dispatchNow: false });
  if (!recorded) throw new Error(`event ${job.eventId} was not recorded`);
  // Version 1 is the case as intake opened it; a rerun asks for the same dispatch, which BullMQ keeps single.
  await ctx.enqueueDispatch({ caseId: recorded.caseId, caseVersion: 1 });
  return { caseId: recorded.caseId, created: recorded.created };
}
