import type { ResidentNotification } from "@/lib/contracts/notification";
import { rooms } from "@/lib/contracts/socket-events";
import type { Notifier } from "./notifier";

/** The part of socket.io's Redis emitter this needs, so tests can pass a fake. */
export interface RoomEmitter {
  to(room: string): { emit(event: "notification", notification: ResidentNotification): unknown };
}

/** Pushes to the reporter's own room, reaching their open pages on any web process; at most once. */
export function createSocketNotifier(emitter: RoomEmitter): Notifier {
  return {
    async send(notification, to) {
      if (to.userId) emitter.to(rooms.user(to.userId)).emit("notification", notification);
    },
  };
}
