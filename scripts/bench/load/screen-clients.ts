import { io, type Socket } from "socket.io-client";

/** A delta as the benchmark reads it: a whole case, or a patch of one (tonglan's, after dispatch by the queue). */
export interface CaseDelta {
  kind: string;
  case?: { id: string; stage: string };
  id?: string;
  set?: { stage?: string };
}

/** The case a delta shows dispatched, if it does. */
export function dispatchedCaseId(delta: CaseDelta): string | undefined {
  if (delta.case?.stage === "dispatched") return delta.case.id;
  return delta.kind === "case-patch" && delta.set?.stage === "dispatched" ? delta.id : undefined;
}

export interface ScreenClients {
  readonly count: number;
  close(): void;
}

/**
 * `count` socket.io clients connected as wall screens are, a batch at a time so the server is not
 * measured on a connection storm. `onDelta` hears every delta every client receives, each
 * at the time the array carrying it arrived.
 */
export async function connectScreens(
  baseUrl: string,
  count: number,
  onDelta: (client: number, delta: CaseDelta, receivedAt: number) => void,
  batch = 100,
): Promise<ScreenClients> {
  const sockets: Socket[] = [];
  for (let start = 0; start < count; start += batch) {
    const connecting: Promise<void>[] = [];
    for (let client = start; client < Math.min(count, start + batch); client++) {
      const socket = io(baseUrl, { transports: ["websocket"], reconnection: false, timeout: 30_000 });
      socket.on("deltas", (deltas: CaseDelta[]) => {
        const receivedAt = Date.now();
        for (const delta of deltas) onDelta(client, delta, receivedAt);
      });
      sockets.push(socket);
      connecting.push(
        new Promise((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", reject);
        }),
      );
    }
    await Promise.all(connecting);
  }
  return {
    count,
    close: () => sockets.forEach((s) => s.disconnect()),
  };
}
