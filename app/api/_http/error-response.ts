import type { z } from "zod";
import type { FieldProblem, HttpError } from "@/lib/contracts/http-error";

/** `extra` travels beside `error`, e.g. the current version of a case in a 409. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  fields?: FieldProblem[],
  extra: Record<string, unknown> = {},
): Response {
  const body: HttpError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json({ ...extra, ...body }, { status });
}

export function fieldProblems(error: z.ZodError, prefix = ""): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}

export function validationError(error: z.ZodError, prefix = ""): Response {
  return errorResponse(400, "invalid_body", "the request has invalid fields", fieldProblems(error, prefix));
}
