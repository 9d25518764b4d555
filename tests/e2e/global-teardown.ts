import { rmSync } from "node:fs";
import { deleteRedisPrefix } from "../support/redis-cleanup";

/** Leaves the shared Redis and /tmp as the run found them. */
export default async function globalTeardown(): Promise<void> {
  const prefix = process.env.E2E_PREFIX;
  if (prefix) await deleteRedisPrefix(prefix);
  for (const dir of [process.env.E2E_PGLITE_DIR, process.env.E2E_UPLOAD_DIR]) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
