import type { ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** A JSON body serialized and compressed once, to be sent to many clients. */
export interface GzippedJson {
  readonly json: string;
  readonly gzipped: Buffer;
}

export async function gzippedJson(value: unknown): Promise<GzippedJson> {
  const json = JSON.stringify(value);
  // zlib works on its thread pool, so the event loop keeps serving while a large body compresses.
  return { json, gzipped: await gzipAsync(json) };
}

/** Whether an Accept-Encoding header takes gzip (named, or through `*`, with a q above 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  const weights = new Map(
    acceptEncoding.split(",").map((entry) => {
      const [name = "", ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith("q="));
      return [name, q === undefined ? 1 : Number(q.slice(2))] as const;
    }),
  );
  const weight = weights.get("gzip") ?? weights.get("*") ?? 0;
  return weight > 0;
}

/** Answers 200 with the compressed bytes where the client takes them, else the JSON. */
export function sendGzippedJson(
  response: ServerResponse,
  body: GzippedJson,
  acceptEncoding: string | undefined,
  headers: Record<string, string> = {},
): void {
  const common = { ...headers, "content-type": "application/json", vary: "accept-encoding" };
  if (!acceptsGzip(acceptEncoding)) {
    response.writeHead(200, { ...common, "content-length": Buffer.byteLength(body.json) });
    response.end(body.json);
    return;
  }
  response.writeHead(200, { ...common, "content-encoding": "gzip", "content-length": body.gzipped.byteLength });
  response.end(body.gzipped);
}
