import type { z } from "zod";
import { errorResponse, fieldProblems } from "./error-response";

export type ParamsResult<T> = { ok: true; params: T } | { ok: false; response: Response };

/**
 * A route's path parameters checked against `schema` before anything else looks at them: a
 * malformed id is the caller's mistake (400 naming the parameter), never a query the database
 * refuses. Routes behind a secret link pass `notFound`: there every wrong link is the same 404.
 */
export async function parseParams<S extends z.ZodType>(params: Promise<unknown>, schema: S, notFound?: string): Promise<ParamsResult<z.infer<S>>> {
  const parsed = schema.safeParse(await params);
  if (parsed.success) return { ok: true, params: parsed.data };
  if (notFound !== undefined) return { ok: false, response: errorResponse(404, "not_found", notFound) };
  const fields = fieldProblems(parsed.error);
  const names = fields.map((field) => field.path).join(", ");
  return { ok: false, response: errorResponse(400, "invalid_id", `invalid path parameter: ${names}`, fields) };
}
