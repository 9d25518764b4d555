import type { Redis } from "ioredis";
import type { LogLevel } from "@/lib/config/env";
import { createSocketEmitter } from "@/lib/realtime/socket-emitter";
import { createLogNotifier } from "./log-notifier";
import { allOf, type Notifier } from "./notifier";
import { createSocketNotifier } from "./socket-notifier";
import { createWebhookNotifier } from "./webhook-notifier";

export interface NotifierConfig {
  NOTIFY_WEBHOOK_URL?: string;
  NOTIFY_WEBHOOK_TIMEOUT_MS: number;
  REDIS_PREFIX: string;
  LOG_LEVEL: LogLevel;
}

/** The reporter's socket room first (instant, never fails), then the webhook, or the log when none is set. */
export function createNotifier(config: NotifierConfig, redis: Redis): Notifier {
  const emitter = createSocketEmitter(redis, config.REDIS_PREFIX);
  const outbound = config.NOTIFY_WEBHOOK_URL
    ? createWebhookNotifier({ url: config.NOTIFY_WEBHOOK_URL, timeoutMs: config.NOTIFY_WEBHOOK_TIMEOUT_MS })
    : createLogNotifier({ eachNotification: config.LOG_LEVEL === "debug" });
  return allOf([createSocketNotifier(emitter), outbound]);
}
