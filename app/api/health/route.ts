import { checkHealth } from "@/lib/pipeline/check-health";
import { appContext } from "../_http/app-context";

export const dynamic = "force-dynamic";

/** Readiness: 200 while this process reaches Redis and its database, 503 (same body) while it does not. */
export async function GET(): Promise<Response> {
  const app = await appContext();
  const health = await checkHealth({ role: app.config.ROLE, database: app.database, redis: app.redis, positions: app.positions });
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
