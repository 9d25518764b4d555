import type { IncomingMessage, ServerResponse } from "node:http";
import { httpError } from "@/lib/contracts/http-error";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { acceptEvent, type AcceptEventDeps } from "@/lib/pipeline/accept-event";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import type { DatabaseHandle } from "@/lib/db/create-database";
import { inRanges, parseAddress, type AddressRange } from "./address-range";
import { parseJsonBody } from "./capped-body";
import { resolveClientAddress } from "./client-address";
import type { IntakeLimiter } from "./intake-limiter";
import { readRequestBody } from "./read-request-body";
import { isRequestFor } from "./request-path";
import { sendJson } from "./send-json";

export const INTAKE_PATH = "/api/events";

export interface IntakeEndpointDeps extends AcceptEventDeps {
  database: Pick<DatabaseHandle, "db">;
  maxEventBytes: number;
  limiter: IntakeLimiter;
  trustedProxies: readonly AddressRange[];
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
  const idempotencyHeader = typeof header === "string" ? header : null;
  const verdict = await deps.limiter.check({ ...caller(deps, request), userId, idempotencyKey: idempotencyHeader ?? bodyId(body.value) });
  if (!verdict.allowed) {
    return sendJson(response, 429, httpError("too_many_requests", `too many events; try again in ${verdict.retryAfterSeconds} s`), {
      "retry-after": String(verdict.retryAfterSeconds),
    });
  }
  const outcome = await acceptEvent(deps, { body: body.value, idempotencyHeader, userId });
  sendJson(response, outcome.status, outcome.body);
}

function caller(deps: IntakeEndpointDeps, request: IncomingMessage) {
  const peer = request.socket.remoteAddress;
  const forwardedFor = request.headers["x-forwarded-for"];
  const peerBytes = peer === undefined ? null : parseAddress(peer);
  return {
    address: resolveClientAddress({ peer, forwardedFor, trustedProxies: deps.trustedProxies }),
    viaUntrustedProxy: forwardedFor !== undefined && !(peerBytes && inRanges(peerBytes, deps.trustedProxies)),
  };
}

/** The event's own id, which the intake takes as its idempotency key when no header names one. */
function bodyId(value: unknown): string | null {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : null;
}
