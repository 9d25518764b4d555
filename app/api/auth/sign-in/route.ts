import { signInRequestSchema, type SignInResponse } from "@/lib/contracts/identity";
import { roleHome } from "@/lib/domain/identity/role-home";
import { sessionCookie } from "@/lib/domain/identity/session-cookie";
import { limitSignIn } from "@/lib/pipeline/limit-sign-in";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { clientAddress, isSecureRequest } from "../../_http/request-transport";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 4_096;

/** Username and password → a session cookie. Wrong username and wrong password get the same 401. */
export async function POST(request: Request): Promise<Response> {
  const app = await appContext();
  const parsed = await readValidJsonBody(request, MAX_BODY_BYTES, signInRequestSchema);
  if (!parsed.ok) return parsed.response;

  const deps = { db: app.database.db, redis: app.redis, prefix: app.config.REDIS_PREFIX };
  const outcome = await limitSignIn(deps, parsed.data, clientAddress(request), new Date()).catch(() => null);
  if (!outcome) return errorResponse(503, "unavailable", "sign-in is unavailable; try again shortly");
  if (!outcome.ok && "retryAfterSeconds" in outcome) {
    const response = errorResponse(429, "too_many_attempts", `too many sign-in attempts; try again in ${outcome.retryAfterSeconds} s`);
    response.headers.set("retry-after", String(outcome.retryAfterSeconds));
    return response;
  }
  if (!outcome.ok) return errorResponse(401, "invalid_credentials", "wrong username or password");
  const answer: SignInResponse = { user: outcome.user, home: roleHome(outcome.user.role), expiresAt: outcome.expiresAt.toISOString() };
  return Response.json(answer, {
    headers: { "set-cookie": sessionCookie(outcome.token, isSecureRequest(request)), "cache-control": "no-store" },
  });
}
