import { z } from "zod";

export const fieldProblemSchema = z.object({ path: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** Every 4xx/5xx body has this shape so clients can point at the wrong field. */
export const httpErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldProblemSchema).optional(),
  }),
});

export type HttpError = z.infer<typeof httpErrorSchema>;

export function httpError(code: string, message: string, fields?: FieldProblem[]): HttpError {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

/** Each zod issue as the dotted path of the field it is about, under `prefix`. */
export function fieldProblems(error: z.ZodError, prefix = ""): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}
