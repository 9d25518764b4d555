import { Emitter } from "@socket.io/redis-emitter";
import type { Redis } from "ioredis";
import type { ServerToClientEvents } from "@/lib/contracts/socket-events";
import { redisKeys } from "./redis-keys";
import { socketMessageParser } from "./socket-message-parser";

/** Emits to the screens' socket.io rooms from any process, through Redis, in the form the web's adapter reads. */
export function createSocketEmitter(redis: Redis, prefix: string): Emitter<ServerToClientEvents> {
  return new Emitter<ServerToClientEvents>(redis, { key: redisKeys(prefix).socketChannel, parser: socketMessageParser });
}
