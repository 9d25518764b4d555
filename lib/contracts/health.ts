import { z } from "zod";

/** GET /api/health: what this process is, and whether it reaches Redis. */
export const healthSchema = z.object({
  /** Redis answered a PING; the database is not probed here. */
  ok: z.boolean(),
  /** The process's ROLE. */
  role: z.enum(["all", "web", "worker"]),
  database: z.enum(["postgres", "pglite"]),
  redis: z.enum(["up", "down"]),
  /** Workers with a live position in the Redis GEO set; -1 when they could not be counted. */
  trackedWorkers: z.number().int().min(-1),
});
export type Health = z.infer<typeof healthSchema>;
