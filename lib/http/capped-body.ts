import { httpError, type HttpError } from "@/lib/contracts/http-error";

export type CappedBody = { ok: true; bytes: Buffer<ArrayBuffer> } | { ok: false; tooLarge: true };

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: HttpError };

const TOO_LARGE = { ok: false, tooLarge: true } as const;

/**
 * At most `maxBytes` of a request body, from Node's or the web's stream alike: a declared
 * Content-Length over the limit is refused before reading, a body streaming past it (chunked, or
 * lying about its length) is cut off there. What happens to the rest of the stream is the caller's.
 */
export async function collectCappedBody(
  chunks: AsyncIterable<Uint8Array> | null,
  declaredLength: string | null | undefined,
  maxBytes: number,
): Promise<CappedBody> {
  if (Number(declaredLength ?? "0") > maxBytes) return TOO_LARGE;
  const parts: Uint8Array[] = [];
  let size = 0;
  if (chunks) {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > maxBytes) return TOO_LARGE;
      parts.push(chunk);
    }
  }
  return { ok: true, bytes: Buffer.concat(parts, size) };
}

/** A capped body as JSON: 413 past the limit, 400 when empty or not JSON. */
export function parseJsonBody(body: CappedBody, maxBytes: number): JsonBody {
  if (!body.ok) return { ok: false, status: 413, error: httpError("body_too_large", `the body must be at most ${maxBytes} bytes`) };
  if (body.bytes.byteLength === 0) return { ok: false, status: 400, error: httpError("invalid_json", "the body is empty") };
  try {
    return { ok: true, value: JSON.parse(body.bytes.toString("utf8")) };
  } catch (error) {
    return { ok: false, status: 400, error: httpError("invalid_json", `the body is not JSON: ${(error as Error).message}`) };
  }
}
