import type { IncomingMessage } from "node:http";
import { collectCappedBody, type CappedBody } from "./capped-body";

/** At most `maxBytes` of a Node request's body; the rest of a refused body is drained, so the answer still reaches the client. */
export async function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<CappedBody> {
  const body = await collectCappedBody(request.iterator({ destroyOnReturn: false }), request.headers["content-length"], maxBytes);
  if (!body.ok) request.resume();
  return body;
}
