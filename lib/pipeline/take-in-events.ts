import type { RecordEventJob } from "@/lib/queue/job-payloads";
import { isAutoDispatchable } from "@/lib/domain/dispatch/is-auto-dispatchable";
import type { PipelineContext } from "./pipeline-context";
import type { RecordEventResult } from "./record-event";
import { recordEvents } from "./record-events";

/**
 * The intake queue's step for a batch of events: stored already dispatched where a worker was
 * free (record-events.ts); a case that found no worker now is left to the dispatch queue, which
 * retries it with backoff.
 */
export async function takeInEvents(jobs: readonly RecordEventJob[], ctx: PipelineContext): Promise<RecordEventResult[]> {
  const recorded = await recordEvents(jobs, ctx);
  const unplaced = new Map(
    recorded.flatMap(({ summary }) => (isAutoDispatchable(summary, ctx.reference.category(summary.category)) ? [[summary.id, summary] as const] : [])),
  );
  await Promise.all([...unplaced.values()].map((c) => ctx.enqueueDispatch({ caseId: c.id, caseVersion: c.version })));
  return recorded.map(({ caseId, created }) => ({ caseId, created }));
}

/**
 * Several intake jobs' events, taken in together; one count of events per job. When they fail
 * together the batch runner gives each job a run of its own, and a job of several events that still
 * fails is split: each event is queued again alone with its own retries, so one poisoned event ends
 * in the dead-letter queue by itself and its job-mates go through.
 */
export async function takeInEventSets(
  sets: readonly (readonly RecordEventJob[])[],
  ctx: PipelineContext,
  retryAlone: (event: RecordEventJob) => Promise<void>,
): Promise<number[]> {
  const events = sets.flat();
  try {
    await takeInEvents(events, ctx);
  } catch (error) {
    if (sets.length > 1 || events.length <= 1) throw error;
    await Promise.all(events.map(retryAlone));
  }
  return sets.map((set) => set.length);
}
