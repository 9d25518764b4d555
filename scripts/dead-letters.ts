/**
 * Lists or re-queues the jobs that failed for good, on the Redis of REDIS_URL under REDIS_PREFIX.
 *
 *   npm run dead-letters -- list [--queue Q]
 *   npm run dead-letters -- retry [--queue Q] [--job ID]
 *
 * `list` leaves payloads out (they hold reporters' phone numbers); GET /api/dead-letters shows them.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "@/lib/config/env";
import { deadLetterJobSchema } from "@/lib/queue/job-payloads";
import { closeQueues, createQueues, type Queues } from "@/lib/queue/queues";
import { retryDeadLetters } from "@/lib/pipeline/retry-dead-letters";
import { connectRedis } from "@/lib/runtime/redis-connection";

const usage = "usage: npm run dead-letters -- list [--queue Q] | retry [--queue Q] [--job ID]";

async function list(queues: Queues, queue: string | undefined): Promise<void> {
  const jobs = await queues.deadLetter.getJobs(["waiting", "delayed"], 0, -1, true);
  let shown = 0;
  for (const job of jobs) {
    const letter = deadLetterJobSchema.safeParse(job.data);
    if (!letter.success || (queue && letter.data.queue !== queue)) continue;
    const { queue: from, jobName, jobId, failedAt, attemptsMade, failedReason } = letter.data;
    console.log(`${failedAt}  ${from}/${jobId ?? "-"}  ${jobName}  after ${attemptsMade} attempts: ${failedReason}`);
    shown += 1;
  }
  console.log(`${shown} dead-lettered job(s)`);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { queue: { type: "string" }, job: { type: "string" } },
  });
  const [command] = positionals;
  if (positionals.length !== 1 || (command !== "list" && command !== "retry") || (command === "list" && values.job)) {
    console.error(usage);
    process.exit(2);
  }
  const config = loadConfig();
  const redis = await connectRedis(config.REDIS_URL, "commands");
  const queues = createQueues(redis, config.REDIS_PREFIX);
  try {
    if (command === "list") return await list(queues, values.queue);
    const result = await retryDeadLetters(queues, { queue: values.queue, jobId: values.job });
    for (const { queue, jobId } of result.retried) console.log(`queued again: ${queue}/${jobId}`);
    for (const { queue, jobId, reason } of result.skipped) console.log(`left: ${queue}/${jobId ?? "-"} (${reason})`);
    console.log(`${result.retried.length} queued again, ${result.skipped.length} left`);
    if (values.job && result.retried.length + result.skipped.length === 0) process.exitCode = 1;
  } finally {
    await closeQueues(queues);
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("[dead-letters]", error instanceof Error ? error.message : error);
  process.exit(1);
});
