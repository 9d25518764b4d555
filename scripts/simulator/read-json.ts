import type { z } from "zod";
import type { HttpOutcome } from "./http-client";

/** The body of a successful answer, checked against `schema`; null for anything else. */
export function readJson<S extends z.ZodType>(outcome: HttpOutcome, schema: S): z.infer<S> | null {
  if (outcome.kind !== "response" || !outcome.ok) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(outcome.body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The version and stage a 409 reports the case to be at now. */
export function conflictVersion(outcome: HttpOutcome): number | null {
  if (outcome.kind !== "response" || outcome.status !== 409) return null;
  try {
    const version = (JSON.parse(outcome.body) as { current?: { version?: unknown } }).current?.version;
    return typeof version === "number" ? version : null;
  } catch {
    return null;
  }
}
