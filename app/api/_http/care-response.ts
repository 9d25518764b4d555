import type { CareAlertOutcome } from "@/lib/pipeline/care/care-alerts";
import type { RegistryOutcome } from "@/lib/pipeline/care/household-registry";
import { errorResponse } from "./error-response";

/** A registry or alert outcome as the HTTP answer: the value, or the error naming the field when there is one. */
export function careResponse<T>(outcome: RegistryOutcome<T> | CareAlertOutcome<T>, status = 200): Response {
  if (outcome.ok) return Response.json(outcome.value, { status, headers: { "cache-control": "no-store" } });
  const field = "field" in outcome && outcome.field ? [{ path: outcome.field, message: outcome.message }] : undefined;
  const extra = "version" in outcome && outcome.version !== undefined ? { current: { version: outcome.version } } : {};
  return errorResponse(outcome.status, outcome.code, outcome.message, field, extra);
}
