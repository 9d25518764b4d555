import * as shanghai from "@/lib/city/shanghai";
import { parseConfig } from "@/lib/config/env";
import { seedCity } from "@/lib/db/seed-city";
import { seedMissingPositions } from "@/lib/pipeline/seed-positions";
import { allQueues } from "@/lib/queue/queues";
import { createAppContext, type AppContext } from "@/lib/runtime/app-context";
import { startWorkers, type RunningWorkers } from "@/workers/main";
import { deleteRedisPrefix } from "./redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";
import { testRedisUrl } from "./services";

export interface InProcessApp {
  app: AppContext;
  database: ScratchDatabase;
  stop(): Promise<void>;
}

/**
 * The pipeline in this process on the real services: a scratch Postgres with the demo city, the
 * test Redis under `prefix`, and (when asked) the BullMQ workers. For tests that drive lib/ directly.
 */
export async function startInProcessApp(
  prefix: string,
  options: { env?: Record<string, string>; workers?: boolean } = {},
): Promise<InProcessApp> {
  const database = await createScratchDatabase();
  const app = await createAppContext(parseConfig({ DATABASE_URL: database.url, REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, ...options.env }));
  await seedCity(app.database.db, shanghai);
  await app.reference.refresh();
  await seedMissingPositions(app.database.db, app.positions);
  const workers: RunningWorkers | null = options.workers ? await startWorkers(app) : null;
  return {
    app,
    database,
    async stop() {
      await workers?.close();
      for (const queue of allQueues(app.queues)) await queue.obliterate({ force: true }).catch(() => undefined);
      await app.close();
      await deleteRedisPrefix(prefix);
      await database.drop();
    },
  };
}
