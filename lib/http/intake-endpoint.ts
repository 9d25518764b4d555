import type { IncomingMessage, ServerResponse } from "node:http";
import { httpError } from "@/lib/contracts/http-error";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { acceptEvent, type AcceptEventDeps } from "@/lib/pipeline/accept-event";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { parseJsonBody } from "./capped-body";
import { readRequestBody } from "./read-request-body";
import { isRequestFor } from "./request-path";
import { sendJson } from "./send-json";

export const INTAKE_PATH = "/api/events";

export interface IntakeEndpointDeps extends AcceptEventDeps {
  database: Pick<DatabaseHandle, "db">;
  maxEventBytes: number;
}

export function isIntakeRequest(request: IncomingMessage): boolean {
  return isRequestFor(request, INTAKE_PATH);
}

/**
 * POST /api/events on Node's own HTTP server, in front of Next: the one route that must take a
 * typhoon burst, where Next's per-request work would cost more than the intake itself.
 */
export async function serveIntake(deps: IntakeEndpointDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "POST") {
    sendJson(response, 405, httpError("method_not_allowed", "use POST"), { allow: "POST" });
    return;
  }
  const body = parseJsonBody(await readRequestBody(request, deps.maxEventBytes), deps.maxEventBytes);
  if (!body.ok) return sendJson(response, body.status, body.error);
  const token = readSessionCookie(request.headers.cookie);
  // Signed in, the reporter is the user; otherwise the report is anonymous. Either way it gets a private link.
  const userId = token ? ((await resolveSession(deps.database.db, token, new Date()))?.user.id ?? null) : null;
  const header = request.headers["idempotency-key"];
  const outcome = await acceptEvent(deps, { body: body.value, idempotencyHeader: typeof header === "string" ? header : null, userId });
  sendJson(response, outcome.status, outcome.body);
}
