import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { mapFileParamsSchema } from "@/lib/contracts/base-map";
import { parseByteRange } from "@/lib/http/byte-range";
import { findMapFile } from "@/lib/storage/map-files";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";

export const dynamic = "force-dynamic";

/** A file of MAP_FILES_DIR (a style, a PMTiles archive, a sprite), whole or a byte range of it. */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const path = await parseParams(params, mapFileParamsSchema);
  if (!path.ok) return path.response;
  const { name } = path.params;
  const { config } = await appContext();
  const file = config.MAP_FILES_DIR ? await findMapFile(config.MAP_FILES_DIR, name) : null;
  if (!file) return errorResponse(404, "not_found", config.MAP_FILES_DIR ? `no map file ${name}` : "MAP_FILES_DIR is not set");

  const headers = {
    "content-type": file.contentType,
    "accept-ranges": "bytes",
    etag: `"${file.size.toString(16)}-${Math.floor(file.modifiedMs).toString(16)}"`,
    "cache-control": "public, max-age=300",
  };
  const range = parseByteRange(request.headers.get("range"), file.size);
  if (range.kind === "unsatisfiable") {
    const refused = errorResponse(416, "range_not_satisfiable", `the file has ${file.size} bytes`);
    refused.headers.set("content-range", `bytes */${file.size}`);
    return refused;
  }
  const span = range.kind === "partial" ? range.span : { start: 0, end: file.size - 1 };
  const length = Math.max(0, span.end - span.start + 1);
  const body = length === 0 ? null : (Readable.toWeb(createReadStream(file.path, span)) as ReadableStream<Uint8Array>);
  if (range.kind === "whole") return new Response(body, { headers: { ...headers, "content-length": String(length) } });
  return new Response(body, {
    status: 206,
    headers: { ...headers, "content-length": String(length), "content-range": `bytes ${span.start}-${span.end}/${file.size}` },
  });
}
