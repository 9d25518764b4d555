import { z } from "zod";

/** A job that failed for good, as the dead-letter queue keeps it: its queue, name, id and raw payload. */
export const deadLetterSchema = z.object({
  /** The dead-letter entry's own id. */
  id: z.string(),
  queue: z.string(),
  jobName: z.string(),
  /** The failed job's id in its own queue. */
  jobId: z.string().optional(),
  data: z.unknown(),
  failedReason: z.string(),
  attemptsMade: z.number().int(),
  failedAt: z.iso.datetime(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/** GET /api/dead-letters: the 100 oldest entries and how many there are. */
export const deadLettersResponseSchema = z.object({
  count: z.number().int().min(0),
  jobs: z.array(deadLetterSchema),
});

/** Body of POST /api/dead-letters/retry: every dead letter, or only those of one queue. */
export const deadLetterRetryRequestSchema = z.object({ queue: z.string().min(1).max(64).optional() });

/** What a retry did: jobs queued again (their dead letters removed), and entries left as they were. */
export const deadLetterRetryResultSchema = z.object({
  retried: z.array(z.object({ queue: z.string(), jobId: z.string() })),
  skipped: z.array(z.object({ deadLetterId: z.string(), queue: z.string(), jobId: z.string().nullable(), reason: z.string() })),
});
export type DeadLetterRetryResult = z.infer<typeof deadLetterRetryResultSchema>;
