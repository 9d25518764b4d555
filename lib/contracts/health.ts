import { z } from "zod";

/** GET /api/health: what this process is, and whether it reaches Redis and its database. */
export const healthSchema = z.object({
  /** Both Redis and the database answered within 2 s (HTTP 200; otherwise 503). */
  ok: z.boolean(),
  /** The process's ROLE. */
  role: z.enum(["all", "web", "worker"]),
  database: z.enum(["postgres", "pglite"]),
  databaseReachable: z.enum(["up", "down"]),
  redis: z.enum(["up", "down"]),
  /** Workers with a live position in the Redis GEO set; -1 when they could not be counted. */
  trackedWorkers: z.number().int().min(-1),
});
export type Health = z.infer<typeof healthSchema>;
