/**
 * The benchmark's naive baseline: one HTTP handler that validates, inserts the case, finds the
 * nearest worker, stores the assignment and emits it to every socket, all before answering. No queue,
 * no batching. It reads the same worker positions as tonglan and writes a table of its own.
 *
 *   DATABASE_URL=… REDIS_URL=… POSITIONS_KEY=… PORT=0 tsx scripts/bench/baseline/naive-server.ts
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { Redis } from "ioredis";
import pg from "pg";
import { Server } from "socket.io";
import { eventReportSchema } from "@/lib/contracts/event-report";
import { caseIdForEvent, eventIdForKey } from "@/lib/domain/ids";

const env = process.env;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const redis = new Redis(env.REDIS_URL ?? "redis://127.0.0.1:6379");
const positionsKey = env.POSITIONS_KEY ?? "";
let seq = 0;

await pool.query(`CREATE TABLE IF NOT EXISTS naive_cases (
  id text PRIMARY KEY, category text NOT NULL, lat float8 NOT NULL, lng float8 NOT NULL,
  received_at timestamptz NOT NULL, worker_id text, distance_m float8, assigned_at timestamptz)`);

const server = createServer((req, res) => {
  if (req.method !== "POST") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    void handle(Buffer.concat(chunks).toString()).then(
      (status) => res.writeHead(status).end(),
      (error: Error) => res.writeHead(500).end(error.message),
    );
  });
});
const io = new Server(server);

async function handle(body: string): Promise<number> {
  const receivedAt = new Date();
  const parsed = eventReportSchema.safeParse(JSON.parse(body));
  // The naive server places nothing by address: a report without coordinates is refused.
  if (!parsed.success || !parsed.data.location) return 400;
  const report = { ...parsed.data, location: parsed.data.location };
  // The id tonglan would give the case, so the benchmark follows both servers' cases the same way.
  const id = caseIdForEvent(eventIdForKey(report.id ?? randomUUID()));
  await pool.query("INSERT INTO naive_cases (id, category, lat, lng, received_at) VALUES ($1, $2, $3, $4, $5)", [
    id, report.category, report.location.lat, report.location.lng, receivedAt,
  ]);
  const [nearest] = (await redis.geosearch(
    positionsKey, "FROMLONLAT", report.location.lng, report.location.lat, "BYRADIUS", 5, "km", "ASC", "COUNT", 1, "WITHDIST",
  )) as [string, string][];
  if (nearest) {
    await pool.query("UPDATE naive_cases SET worker_id = $2, distance_m = $3, assigned_at = now() WHERE id = $1", [
      id, nearest[0], Number(nearest[1]) * 1000,
    ]);
  }
  // tonglan's event name and shape, so the same benchmark clients hear both; still one emit per event here.
  io.emit("deltas", [{ seq: ++seq, kind: "case", case: { id, stage: nearest ? "dispatched" : "accepted", assigneeId: nearest?.[0] ?? null } }]);
  return 201;
}

server.listen(Number(env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`[naive] listening on http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => {
  io.close();
  void pool.end().finally(() => process.exit(0));
});
