import type { z } from "zod";
import { fieldProblems, httpError, type FieldProblem } from "@/lib/contracts/http-error";

export { fieldProblems };

/** `extra` travels beside `error`, e.g. the current version of a case in a 409. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  fields?: FieldProblem[],
  extra: Record<string, unknown> = {},
): Response {
  return Response.json({ ...extra, ...httpError(code, message, fields) }, { status });
}

export function validationError(error: z.ZodError, prefix = ""): Response {
  return errorResponse(400, "invalid_body", "the request has invalid fields", fieldProblems(error, prefix));
}
