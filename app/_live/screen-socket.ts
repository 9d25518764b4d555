import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/contracts";

export type ScreenSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The server puts every connection in the screen room; same origin, default path. */
export function openScreenSocket(): ScreenSocket {
  return io({ autoConnect: false, reconnectionDelayMax: 10_000 });
}
