import type { ServerResponse } from "node:http";

/** Answers with `body` as JSON, for the routes Node's server takes before Next. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json), ...headers });
  response.end(json);
}
