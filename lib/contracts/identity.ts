import { z } from "zod";
import { isStorableText } from "./storable-text";
import { roleSchema } from "./roles";

export const SESSION_COOKIE = "tonglan_session";

export const signInRequestSchema = z.object({
  // Refused, not cleaned: a username is an exact key, and PostgreSQL cannot even compare one with NUL in it.
  username: z.string().trim().min(1).max(64).refine(isStorableText, "must not contain control characters or lone surrogates"),
  password: z.string().min(1).max(256),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** A signed-in user as the API shows them to themselves: never the password hash. */
export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  department: z.string().nullable(),
  workerId: z.string().nullable(),
  phone: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `home` is where the role starts: `/`, `/dispatch`, `/m` or `/report`. */
export const signInResponseSchema = z.object({ user: sessionUserSchema, home: z.string(), expiresAt: z.string() });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;
