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
