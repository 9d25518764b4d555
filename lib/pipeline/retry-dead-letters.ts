import type { Job, Queue } from "bullmq";
import type { DeadLetterRetryResult } from "@/lib/contracts/dead-letters";
import { deadLetterJobSchema, type DeadLetterJob } from "@/lib/queue/job-payloads";
import { allQueues, type Queues } from "@/lib/queue/queues";

export interface DeadLetterFilter {
  /** Only dead letters of this queue. */
  queue?: string;
  /** Only the dead letters of this job id (in its own queue). */
  jobId?: string;
}

const PAGE = 500;

async function allDeadLetters(deadLetter: Queue<DeadLetterJob>): Promise<Job<DeadLetterJob>[]> {
  const jobs: Job<DeadLetterJob>[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await deadLetter.getJobs(["waiting", "delayed"], start, start + PAGE - 1, true);
    jobs.push(...page);
    if (page.length < PAGE) return jobs;
  }
}

/**
 * Queues dead-lettered jobs again in their own queue under their own id, so a job that carries an
 * idempotency key keeps it: a job still kept as failed is retried with its attempts reset, one
 * already removed is added anew. Its dead letter is removed once it is queued. A job that is
 * meanwhile waiting, running or completed is left alone, and so is its dead letter.
 */
export async function retryDeadLetters(queues: Queues, filter: DeadLetterFilter = {}): Promise<DeadLetterRetryResult> {
  const result: DeadLetterRetryResult = { retried: [], skipped: [] };
  const byName = new Map(allQueues(queues).filter((q) => q !== queues.deadLetter).map((q) => [q.name, q]));
  for (const letter of await allDeadLetters(queues.deadLetter)) {
    const parsed = deadLetterJobSchema.safeParse(letter.data);
    const deadLetterId = String(letter.id);
    if (!parsed.success) {
      result.skipped.push({ deadLetterId, queue: "", jobId: null, reason: "unreadable dead letter" });
      continue;
    }
    const { queue, jobId, jobName, data } = parsed.data;
    if ((filter.queue && filter.queue !== queue) || (filter.jobId && filter.jobId !== jobId)) continue;
    const skip = (reason: string) => result.skipped.push({ deadLetterId, queue, jobId: jobId ?? null, reason });
    const target = byName.get(queue);
    if (!target) {
      skip(`no queue ${queue}`);
      continue;
    }
    const existing = jobId ? await target.getJob(jobId) : undefined;
    let queuedId = jobId;
    if (existing) {
      const state = await existing.getState();
      if (state !== "failed") {
        skip(`job is ${state}`);
        continue;
      }
      await existing.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    } else {
      queuedId = (await target.add(jobName, data, jobId ? { jobId } : {})).id;
    }
    await letter.remove();
    result.retried.push({ queue, jobId: String(queuedId) });
  }
  return result;
}
