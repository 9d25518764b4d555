import type { Redis } from "ioredis";
import { dispatchPolicyOf } from "@/lib/config/dispatch-policy";
import type { AppConfig } from "@/lib/config/env";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { runMigrations } from "@/lib/db/migrate";
import { WorkerPositions } from "@/lib/geo/worker-positions";
import { LiveWorkerIndex } from "@/lib/pipeline/live-worker-index";
import type { PipelineContext } from "@/lib/pipeline/pipeline-context";
import { loadReferenceData, type ReferenceData } from "@/lib/pipeline/reference-data";
import { resolveTrackingSecret } from "@/lib/pipeline/tracking-secret";
import { createNotifier } from "@/lib/notify/create-notifier";
import type { Notifier } from "@/lib/notify/notifier";
import { enqueueDispatchCase, enqueueNotification, enqueueSlaCheck, enqueueSummonCheck } from "@/lib/queue/enqueue";
import { closeQueues, createQueues, type Queues } from "@/lib/queue/queues";
import { DeltaLog } from "@/lib/realtime/delta-log";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { createScreenPublisher, type ScreenPublisher } from "@/lib/realtime/screen-publisher";
import { createSocketEmitter } from "@/lib/realtime/socket-emitter";
import { createThrottledSensorPush, type ThrottledSensorPush } from "@/lib/realtime/throttled-sensor-push";
import type { SocketRooms } from "@/lib/pipeline/sign-out";
import { connectRedis } from "./redis-connection";

const SENSOR_PUSH_MS = 1_000;

/** Every long-lived resource of one process, created once and closed once. */
export interface AppContext {
  config: AppConfig;
  database: DatabaseHandle;
  redis: Redis;
  queues: Queues;
  deltaLog: DeltaLog;
  publisher: ScreenPublisher;
  /** Gauges' newest values to the screens, at most once per SENSOR_PUSH_MS. */
  sensorPush: ThrottledSensorPush;
  positions: WorkerPositions;
  reference: ReferenceData;
  pipeline: PipelineContext;
  /** Tells reporters about their cases: their socket room, then the webhook or the log. */
  notifier: Notifier;
  /** The screens' socket rooms on every web process, through Redis (disconnects on sign-out). */
  sockets: SocketRooms;
  /** Key of residents' tracking links: TRACKING_SECRET, or the one stored at first start. */
  trackingSecret: string;
  close(): Promise<void>;
}

export async function createAppContext(config: AppConfig): Promise<AppContext> {
  const database = await createDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDir: config.PGLITE_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  await runMigrations(database);
  const [redis, publishing] = await Promise.all([connectRedis(config.REDIS_URL, "commands"), connectRedis(config.REDIS_URL, "publisher")]);
  const queues = createQueues(redis, config.REDIS_PREFIX);
  const deltaLog = new DeltaLog(redis, config.REDIS_PREFIX, config.DELTA_LOG_LENGTH, config.CATCH_UP_MAX_DELTAS);
  const keys = redisKeys(config.REDIS_PREFIX);
  const positions = new WorkerPositions(redis, keys.workerPositions, keys.workerFixTimes);
  const dispatchPolicy = dispatchPolicyOf(config);
  const clock = () => new Date();
  const workerIndex = new LiveWorkerIndex({ db: database.db, positions, policy: dispatchPolicy, clock });
  const screens = createScreenPublisher(publishing, config.REDIS_PREFIX, deltaLog);
  // What this process stores of a worker reaches its own worker index as it reaches the screens.
  const publisher: ScreenPublisher = {
    ...screens,
    publish(deltas) {
      workerIndex.noteWorkers(deltas.flatMap((d) => (d.kind === "worker" ? [d.worker] : [])));
      return screens.publish(deltas);
    },
  };
  const sensorPush = createThrottledSensorPush((values) => publisher.publishSensorValues(values), SENSOR_PUSH_MS);
  const reference = await loadReferenceData(database.db);
  const refreshTimer = setInterval(() => void reference.refresh().catch(() => undefined), 60_000);
  refreshTimer.unref();
  const trackingSecret = await resolveTrackingSecret(database.db, config.TRACKING_SECRET);
  const notifier = createNotifier(config, publishing);

  const pipeline: PipelineContext = {
    db: database.db,
    reference,
    positions,
    workerIndex,
    publisher,
    clock,
    slaMinuteMs: config.SLA_MINUTE_MS,
    dispatchPolicy,
    enqueueDispatch: (request) => enqueueDispatchCase(queues, request),
    enqueueSlaCheck: (job, dueAt) => enqueueSlaCheck(queues, job, dueAt),
    enqueueNotification: (job) => enqueueNotification(queues, job),
    enqueueSummonCheck: (job, dueAt) => enqueueSummonCheck(queues, job, dueAt, new Date()),
    whistleDeadlines: {
      routine: config.SUMMON_MINUTES_ROUTINE,
      hard: config.SUMMON_MINUTES_HARD,
      emergency: config.SUMMON_MINUTES_EMERGENCY,
    },
  };

  return {
    config,
    database,
    redis,
    queues,
    deltaLog,
    publisher,
    sensorPush,
    positions,
    reference,
    pipeline,
    notifier,
    sockets: createSocketEmitter(publishing, config.REDIS_PREFIX),
    trackingSecret,
    async close() {
      clearInterval(refreshTimer);
      sensorPush.close();
      workerIndex.close();
      await closeQueues(queues);
      redis.disconnect();
      publishing.disconnect();
      await database.close();
    },
  };
}
