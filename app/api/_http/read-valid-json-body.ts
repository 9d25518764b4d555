import type { z } from "zod";
import { validationError } from "./error-response";
import { readJsonBody } from "./read-json-body";

export type ValidBodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Reads at most `maxBytes` of JSON and validates it: 413 past the size, 400 for what is not JSON or not valid (naming the field). */
export async function readValidJsonBody<S extends z.ZodType>(request: Request, maxBytes: number, schema: S): Promise<ValidBodyResult<z.infer<S>>> {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationError(parsed.error) };
}
