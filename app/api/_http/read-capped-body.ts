import { collectCappedBody, type CappedBody } from "@/lib/http/capped-body";

/** At most `maxBytes` of a route's request body; a refused stream is cancelled. */
export function readCappedBody(request: Request, maxBytes: number): Promise<CappedBody> {
  return collectCappedBody(request.body, request.headers.get("content-length"), maxBytes);
}
