import type { Health } from "@/lib/contracts/health";
import { appContext } from "../_http/app-context";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const app = await appContext();
  const [redis, workers] = await Promise.all([
    app.redis.ping().then((): Health["redis"] => "up", (): Health["redis"] => "down"),
    app.positions.count().catch(() => -1),
  ]);
  const health: Health = { ok: redis === "up", role: app.config.ROLE, database: app.database.kind, redis, trackedWorkers: workers };
  return Response.json(health);
}
