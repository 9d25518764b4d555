import type { z } from "zod";
import { errorResponse, fieldProblems } from "./error-response";

export type ParamsResult<T> = { ok: true; params: T } | { ok: false; response: Response };

/**
 * A route's path parameters checked against `schema` before anything else looks at them: a
 * malformed id is the caller's mistake (400 naming the parameter), never a query the database refuses.
 */
export async function parseParams<S extends z.ZodType>(params: Promise<unknown>, schema: S): Promise<ParamsResult<z.infer<S>>> {
  const parsed = schema.safeParse(await params);
  if (parsed.success) return { ok: true, params: parsed.data };
  const fields = fieldProblems(parsed.error);
  const names = fields.map((field) => field.path).join(", ");
  return { ok: false, response: errorResponse(400, "invalid_id", `invalid path parameter: ${names}`, fields) };
}
