import { sql, type Kysely } from "kysely";
import type { Health } from "@/lib/contracts/health";
import type { Database } from "@/lib/db/schema";
import type { WorkerPositions } from "@/lib/geo/worker-positions";

export interface HealthDeps {
  role: Health["role"];
  database: { db: Kysely<Database>; kind: Health["database"] };
  redis: { ping(): Promise<unknown> };
  positions: Pick<WorkerPositions, "count">;
}

// A probe that hangs is a failed probe: a load balancer must hear back well within its own timeout.
const PROBE_TIMEOUT_MS = 2_000;

function probe(check: () => Promise<unknown>): Promise<"up" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => (timer = setTimeout(() => resolve("down"), PROBE_TIMEOUT_MS)));
  const answered = check().then((): "up" => "up", (): "down" => "down");
  return Promise.race([answered, timeout]).finally(() => clearTimeout(timer));
}

/** Whether this process reaches both stores it cannot work without: ready means both answer. */
export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const [redis, databaseReachable, trackedWorkers] = await Promise.all([
    probe(() => deps.redis.ping()),
    probe(() => sql`SELECT 1`.execute(deps.database.db)),
    deps.positions.count().catch(() => -1),
  ]);
  return { ok: redis === "up" && databaseReachable === "up", role: deps.role, database: deps.database.kind, databaseReachable, redis, trackedWorkers };
}
