import { rmSync } from "node:fs";
import { Redis } from "ioredis";
import { testRedisUrl } from "../support/services";

/** Leaves the shared Redis and /tmp as the run found them. */
export default async function globalTeardown(): Promise<void> {
  const prefix = process.env.E2E_PREFIX;
  if (prefix) {
    const redis = new Redis(testRedisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
  for (const dir of [process.env.E2E_PGLITE_DIR, process.env.E2E_UPLOAD_DIR]) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
