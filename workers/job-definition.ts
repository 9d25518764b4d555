import type { z } from "zod";
import type { AppContext } from "@/lib/runtime/app-context";
import type { QueueName } from "@/lib/queue/queue-names";

/** One job: the queue it lives on, its payload schema and its handler. */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: string;
  schema: Schema;
  concurrency: number;
  handle(data: z.infer<Schema>, app: AppContext): Promise<unknown>;
}

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}
