import type { IncomingMessage } from "node:http";

/** Whether the request is for `path` exactly, with or without a query string. */
export function isRequestFor(request: IncomingMessage, path: string): boolean {
  const url = request.url ?? "";
  return url === path || url.startsWith(`${path}?`);
}
