import { errorResponse } from "./error-response";
import { readCappedBody } from "./read-capped-body";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads at most `maxBytes` of JSON: 413 past that, 400 for anything that is not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const body = await readCappedBody(request, maxBytes);
  if (!body.ok) return { ok: false, response: errorResponse(413, "body_too_large", `the body must be at most ${maxBytes} bytes`) };
  if (body.bytes.byteLength === 0) return { ok: false, response: errorResponse(400, "invalid_json", "the body is empty") };
  try {
    return { ok: true, value: JSON.parse(Buffer.from(body.bytes).toString("utf8")) };
  } catch (error) {
    return { ok: false, response: errorResponse(400, "invalid_json", `the body is not JSON: ${(error as Error).message}`) };
  }
}
