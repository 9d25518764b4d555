import { io, type Socket } from "socket.io-client";
import type { Delta } from "@/lib/contracts/delta";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/contracts/socket-events";

export type ScreenSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client as a wall screen would hold it, recording every delta it receives. */
export async function connectScreen(baseUrl: string): Promise<{ socket: ScreenSocket; deltas: Delta[] }> {
  const socket: ScreenSocket = io(baseUrl, { transports: ["websocket"], reconnection: false });
  const deltas: Delta[] = [];
  socket.on("deltas", (batch) => deltas.push(...batch));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return { socket, deltas };
}

/** Resolves with the first delta matching `predicate`, looking at those already received too. */
export function waitForDelta(
  socket: ScreenSocket,
  received: readonly Delta[],
  predicate: (delta: Delta) => boolean,
  timeoutMs = 10_000,
): Promise<Delta> {
  const already = received.find(predicate);
  if (already) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off("deltas", listener);
      reject(new Error(`no matching delta within ${timeoutMs} ms (received ${received.length})`));
    }, timeoutMs);
    const listener = (batch: Delta[]) => {
      const match = batch.find(predicate);
      if (!match) return;
      clearTimeout(timer);
      socket.off("deltas", listener);
      resolve(match);
    };
    socket.on("deltas", listener);
  });
}
