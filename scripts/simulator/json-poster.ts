import http from "node:http";
import https from "node:https";

export type PostOutcome =
  | { kind: "response"; status: number; ok: boolean; body: string }
  | { kind: "unreachable"; reason: string };

export interface JsonPoster {
  /** POSTs a JSON body; a refused connection or a timeout is an outcome, not an exception. */
  post(path: string, body: unknown): Promise<PostOutcome>;
  /** Closes every connection, cutting requests still in flight, so the process can exit. */
  close(): void;
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * node:http with a keep-alive pool rather than fetch: on a small machine it posts about three
 * times as many requests per second, which matters for --burst.
 */
export function createJsonPoster(baseUrl: string, maxSockets: number): JsonPoster {
  const transport = new URL(baseUrl).protocol === "https:" ? https : http;
  const agent = new transport.Agent({ keepAlive: true, maxSockets });

  const post = (path: string, body: unknown) =>
    new Promise<PostOutcome>((resolve) => {
      const payload = JSON.stringify(body);
      const request = transport.request(
        `${baseUrl}${path}`,
        {
          method: "POST",
          agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            resolve({ kind: "response", status, ok: status >= 200 && status < 300, body: text });
          });
          response.on("error", (error) => resolve({ kind: "unreachable", reason: describe(error) }));
        },
      );
      request.on("timeout", () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      request.on("error", (error) => resolve({ kind: "unreachable", reason: describe(error) }));
      request.end(payload);
    });

  return { post, close: () => agent.destroy() };
}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return error.message || code || error.name;
}
