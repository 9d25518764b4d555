import WebSocket from "ws";

/** Where each case a frame carries starts: `"case":{"id":"<id>"`, as both servers write a case delta. */
const CASE_ID_PREFIX = Buffer.from('"case":{"id":"');
const QUOTE = 0x22;

export interface FrameScreen {
  close(): void;
}

/**
 * A wall screen reduced to what a fan-out benchmark needs: it speaks socket.io's wire protocol
 * (engine.io 4 over a WebSocket: join the main namespace, answer pings) and hands over each event
 * frame as it arrives, undecoded. Hundreds of full socket.io clients parsing every message on the
 * same two cores as the servers would measure the clients, not the delivery.
 */
export function connectFrameScreen(baseUrl: string, onFrame: (frame: Buffer, receivedAt: number) => void): Promise<FrameScreen> {
  const url = `${baseUrl.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`;
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.on("message", (data: Buffer) => {
      const receivedAt = Date.now();
      const type = data[0];
      // Engine.io packet types: 0 open, 2 ping, 4 message; socket.io's inside a message: 0 connect, 2 event, 4 error.
      if (type === 0x30) socket.send("40");
      else if (type === 0x32) socket.send("3");
      else if (type === 0x34 && data[1] === 0x30) resolve({ close: () => socket.close() });
      else if (type === 0x34 && data[1] === 0x34) reject(new Error(`screen refused: ${data.toString()}`));
      else if (type === 0x34 && data[1] === 0x32) onFrame(data, receivedAt);
    });
  });
}

/** Calls `visit` with the id of every case delta in an event frame, without parsing the JSON. */
export function forEachCaseId(frame: Buffer, visit: (id: string) => void): void {
  let at = frame.indexOf(CASE_ID_PREFIX);
  while (at >= 0) {
    const start = at + CASE_ID_PREFIX.length;
    const end = frame.indexOf(QUOTE, start);
    visit(frame.toString("latin1", start, end));
    at = frame.indexOf(CASE_ID_PREFIX, end);
  }
}
