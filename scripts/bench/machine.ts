import os from "node:os";
import { Redis } from "ioredis";
import pg from "pg";

/** One line naming the machine and the services a run was measured on. */
export async function describeMachine(redisUrl: string, postgresUrl: string): Promise<string> {
  const cpus = os.cpus();
  const redis = new Redis(redisUrl);
  const redisVersion = /redis_version:(\S+)/.exec(await redis.info("server"))?.[1] ?? "?";
  redis.disconnect();
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  const postgres = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
  await client.end();
  return [
    `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}`,
    `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `${os.type()} ${os.release()}`,
    `Node ${process.version}`,
    `Redis ${redisVersion}`,
    `PostgreSQL ${postgres}`,
  ].join(", ");
}
