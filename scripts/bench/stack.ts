import { randomBytes } from "node:crypto";
import path from "node:path";
import * as shanghai from "@/lib/city/shanghai";
import { parseConfig } from "@/lib/config/env";
import { seedCity } from "@/lib/db/seed-city";
import { seedMissingPositions } from "@/lib/pipeline/seed-positions";
import { createAppContext } from "@/lib/runtime/app-context";
import { deleteRedisPrefix } from "@/tests/support/redis-cleanup";
import { createScratchDatabase } from "@/tests/support/scratch-database";
import { testRedisUrl, uniquePrefix } from "@/tests/support/services";
import { spawnServer, type RunningServer } from "@/tests/support/spawn-server";
import type { BenchStack } from "./figure";
import { reserveWorkers } from "./reserve-workers";

export interface StackOptions {
  workerProcesses: number;
  reserveWorkers: number;
  /** Variables every process of the stack gets beside the usual ones, e.g. a short SLA_MINUTE_MS. */
  env?: Record<string, string>;
  /** When set, every process writes a V8 CPU profile here as it stops. */
  profileDir?: string;
  log(message: string): void;
}

export interface RunningStack extends BenchStack {
  stop(): Promise<void>;
}

/**
 * The production shape on this machine's real services: one ROLE=web process, ROLE=worker
 * processes, a scratch PostgreSQL database with the demo city plus a reserve of workers, and a
 * Redis prefix of its own, so a benchmark can run beside a demo or the tests.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const database = await createScratchDatabase();
  const redisPrefix = uniquePrefix("bench");
  const token = () => randomBytes(32).toString("base64url");
  const tokens = { sensors: token(), positions: token(), weather: token() };
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl,
    REDIS_PREFIX: redisPrefix,
    PUBLIC_SCREEN: "1",
    SENSOR_GATEWAY_TOKEN: tokens.sensors,
    POSITIONS_GATEWAY_TOKEN: tokens.positions,
    WEATHER_GATEWAY_TOKEN: tokens.weather,
    ...options.env,
  };

  options.log(`seeding the demo city${options.reserveWorkers > 0 ? ` and ${options.reserveWorkers} reserve workers` : ", its 300 workers alone"}`);
  const seeding = await createAppContext(parseConfig(env));
  await seedCity(seeding.database.db, { ...shanghai, workers: [...shanghai.workers, ...reserveWorkers(options.reserveWorkers)] });
  await seedMissingPositions(seeding.database.db, seeding.positions);
  await seeding.close();

  const processes: RunningServer[] = [];
  const stopAll = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await deleteRedisPrefix(redisPrefix);
    await database.drop();
  };
  try {
    options.log(`starting 1 web and ${options.workerProcesses} worker process(es)`);
    const nodeArgs = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profileDir)}`] : [];
    // Started side by side: each spends seconds loading its code, most of it waiting on the disk.
    const started = await Promise.allSettled([
      spawnServer({ ...env, ROLE: "web", ...(process.env.BENCH_WEB_PORT && { PORT: process.env.BENCH_WEB_PORT }) }, { nodeArgs }),
      ...Array.from({ length: options.workerProcesses }, () => spawnServer({ ...env, ROLE: "worker" }, { nodeArgs })),
    ]);
    for (const s of started) if (s.status === "fulfilled") processes.push(s.value);
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
    const web = processes[0]!;
    return {
      baseUrl: web.baseUrl,
      databaseUrl: database.url,
      redisUrl: testRedisUrl,
      redisPrefix,
      gateways: { sensors: { authorization: `Bearer ${tokens.sensors}` }, positions: { authorization: `Bearer ${tokens.positions}` } },
      gatewayTokens: tokens,
      webPid: web.pid,
      workerPids: processes.slice(1).map((p) => p.pid),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
