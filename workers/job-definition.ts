import type { z } from "zod";
import type { BatchRunnerOptions } from "@/lib/queue/batch-runner";
import type { AppContext } from "@/lib/runtime/app-context";
import type { QueueName } from "@/lib/queue/queue-names";

interface JobBasics<Schema extends z.ZodType> {
  queue: QueueName;
  name: string;
  schema: Schema;
  concurrency: number;
}

/** A job handled one at a time. */
export interface SingleJobDefinition<Schema extends z.ZodType = z.ZodType> extends JobBasics<Schema> {
  handle(data: z.infer<Schema>, app: AppContext): Promise<unknown>;
}

/**
 * A job whose payloads, while `concurrency` of them are active at once, are handled in batches
 * (see lib/pipeline/batch-runner): one result per payload, in order.
 */
export interface BatchedJobDefinition<Schema extends z.ZodType = z.ZodType> extends JobBasics<Schema> {
  batch: BatchRunnerOptions<z.infer<Schema>>;
  handleBatch(data: readonly z.infer<Schema>[], app: AppContext): Promise<readonly unknown[]>;
}

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = SingleJobDefinition<Schema> | BatchedJobDefinition<Schema>;

export function defineJob<Schema extends z.ZodType>(definition: SingleJobDefinition<Schema>): SingleJobDefinition<Schema> {
  return definition;
}

export function defineBatchedJob<Schema extends z.ZodType>(definition: BatchedJobDefinition<Schema>): BatchedJobDefinition<Schema> {
  return definition;
}
