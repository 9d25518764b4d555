import type { Kysely } from "kysely";
import { rooms } from "@/lib/contracts/socket-events";
import { deleteSession } from "@/lib/db/repositories/sessions.repository";
import type { Database } from "@/lib/db/schema";
import { hashSessionToken } from "@/lib/domain/identity/session-token";

/** What both socket.io's server and its Redis emitter offer: reach a room's sockets on every web process. */
export interface SocketRooms {
  in(room: string): { disconnectSockets(close?: boolean): void };
}

/**
 * Ends a session for good: the same token is never accepted again, and every socket opened with it,
 * on any web process, is disconnected (it may reconnect, as the anonymous viewer it now is).
 */
export async function signOut(deps: { db: Kysely<Database>; sockets: SocketRooms }, token: string): Promise<void> {
  const sessionId = hashSessionToken(token);
  await deleteSession(deps.db, sessionId);
  deps.sockets.in(rooms.session(sessionId)).disconnectSockets(true);
}
