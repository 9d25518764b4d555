import { hostname } from "node:os";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { jobNames, queueNames } from "@/lib/queue/queue-names";
import { bullPrefix } from "@/lib/queue/queues";
import { createBatchRunner } from "@/lib/queue/batch-runner";
import type { AppContext } from "@/lib/runtime/app-context";
import { connectRedis } from "@/lib/runtime/redis-connection";
import { definitionsByQueue } from "./registry";
import type { BatchedJobDefinition, JobDefinition } from "./job-definition";

export interface RunningWorkers {
  close(): Promise<void>;
}

/** How often households left behind by silent meters are looked for; an hour is judged at most this late. */
const CARE_SWEEP_INTERVAL_MS = 10 * 60_000;

function isFinalFailure(job: Job, error: Error): boolean {
  return error instanceof UnrecoverableError || error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
}

function processorFor(definition: JobDefinition, app: AppContext) {
  const handle =
    "handleBatch" in definition
      ? batchedHandler(definition, app)
      : (data: unknown) => definition.handle(data, app);
  return async (job: Job) => {
    const parsed = definition.schema.safeParse(job.data);
    // A payload that does not fit its schema will never succeed: straight to the dead-letter queue.
    if (!parsed.success) throw new UnrecoverableError(`invalid ${definition.name} payload: ${parsed.error.message}`);
    return handle(parsed.data);
  };
}

function batchedHandler(definition: BatchedJobDefinition, app: AppContext): (data: unknown) => Promise<unknown> {
  const runner = createBatchRunner((batch: readonly unknown[]) => definition.handleBatch(batch, app), definition.batch);
  return (data) => runner.submit(data);
}

/** One BullMQ Worker per queue, a dead-letter queue for jobs that fail for good, and the KPI schedule. */
export async function startWorkers(app: AppContext): Promise<RunningWorkers> {
  // Dispatch's worker index is loaded before the first job, not by it.
  await app.pipeline.workerIndex.current();
  const connection = await connectRedis(app.config.REDIS_URL, "worker");
  const prefix = bullPrefix(app.config.REDIS_PREFIX);
  // Recorded on every job it takes (job.processedBy), so a job says which process ran it.
  const name = `${hostname()}:${process.pid}`;
  const workers = [...definitionsByQueue()].map(([queue, definition]) => {
    const worker = new Worker(queue, processorFor(definition, app), {
      connection,
      prefix,
      name,
      concurrency: definition.concurrency,
    });
    worker.on("failed", (job, error) => {
      if (!job) return;
      console.error(`[worker:${queue}] job ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
      if (!isFinalFailure(job, error)) return;
      void app.queues.deadLetter
        .add(jobNames.deadLetter, {
          queue,
          jobName: job.name,
          jobId: job.id,
          data: job.data,
          failedReason: error.message,
          attemptsMade: job.attemptsMade,
          failedAt: new Date().toISOString(),
        })
        .catch((e: Error) => console.error(`[worker:${queue}] could not dead-letter job ${job.id}: ${e.message}`));
    });
    worker.on("error", (error) => console.error(`[worker:${queue}]`, error.message));
    return worker;
  });
  // Households whose meters went silent send nothing that would ask for their hours to be judged.
  await app.queues.care.upsertJobScheduler("care-sweep", { every: CARE_SWEEP_INTERVAL_MS }, { name: jobNames.careWatch, data: { kind: "sweep" } });
  // A warning also ends by expiring, which no message announces: typhoon mode looks again each minute.
  await app.queues.screenMode.upsertJobScheduler("follow-warnings", { every: 60_000 }, { name: jobNames.followWarnings, data: {} });
  await app.queues.kpi.upsertJobScheduler(
    "refresh-kpi",
    { every: app.config.KPI_INTERVAL_MS },
    { name: jobNames.refreshKpi, data: {} },
  );
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      connection.disconnect();
    },
  };
}

export const processedQueues = Object.values(queueNames);
