import { mkdirSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { runToEnd, startChild } from "./child-processes";

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * A Redis of the demo's own under ./data/redis, append-only so accepted events survive a restart.
 * Installed from Debian's packages when missing; reused when one already answers on the port.
 */
export async function ensureLocalRedis(root: string, port: number): Promise<string> {
  const url = `redis://127.0.0.1:${port}`;
  if (await answers(url)) return url;
  await runToEnd("apt", "bash", [path.join(root, "scripts/ensure-debian-packages.sh"), "redis-server"]);
  const dir = path.join(root, "data", "redis");
  mkdirSync(dir, { recursive: true });
  startChild("redis", "redis-server", [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--appendonly", "yes",
    "--appendfsync", "everysec",
    "--save", "",
  ]);
  for (let i = 0; i < 50; i++) {
    if (await answers(url)) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`redis-server did not answer on ${url}`);
}
