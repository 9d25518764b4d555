import type { IncomingMessage } from "node:http";

export type RequestBody = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * At most `maxBytes` of a Node request's body: a declared Content-Length over the limit is refused
 * before reading, a body streaming past it is cut off there.
 */
export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  if (Number(request.headers["content-length"] ?? "0") > maxBytes) {
    request.resume();
    return Promise.resolve({ ok: false, tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off("data", onData);
      request.resume();
      resolve({ ok: false, tooLarge: true });
    };
    request.on("data", onData);
    request.once("end", () => resolve({ ok: true, bytes: Buffer.concat(chunks, size) }));
    request.once("error", reject);
  });
}
