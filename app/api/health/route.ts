import { appContext } from "../_http/app-context";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const app = await appContext();
  const [redis, workers] = await Promise.all([
    app.redis.ping().then(() => "up", () => "down"),
    app.positions.count().catch(() => -1),
  ]);
  return Response.json({ ok: redis === "up", role: app.config.ROLE, database: app.database.kind, redis, trackedWorkers: workers });
}
