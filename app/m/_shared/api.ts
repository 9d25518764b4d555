import type { z } from "zod";
import { httpErrorSchema, type FieldProblem } from "@/lib/contracts";

/** A 4xx/5xx answer, with the API's error code and message, and the fields it named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** A session that ended (expired, signed out elsewhere) sends the phone to sign in, then back here. */
function signInAgain(): never {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?${new URLSearchParams({ next: here })}`);
  throw new ApiError(401, "unauthenticated", "sign in again");
}

async function errorOf(response: Response): Promise<ApiError> {
  const parsed = httpErrorSchema.safeParse(await response.json().catch(() => null));
  return parsed.success
    ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields)
    : new ApiError(response.status, "http_error", `HTTP ${response.status}`);
}

/** Sends a same-origin request and checks the answer against its contract. */
export async function apiRequest<S extends z.ZodType>(url: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
  const response = await fetch(url, { cache: "no-store", ...init, headers: { accept: "application/json", ...init.headers } });
  if (response.status === 401) signInAgain();
  if (!response.ok) throw await errorOf(response);
  return schema.parse(await response.json());
}

export function postJson<S extends z.ZodType>(url: string, body: unknown, schema: S, headers: Record<string, string> = {}): Promise<z.infer<S>> {
  return apiRequest(url, schema, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

export function patchJson<S extends z.ZodType>(url: string, body: unknown, schema: S): Promise<z.infer<S>> {
  return apiRequest(url, schema, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}
