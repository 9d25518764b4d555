import type { SessionUser } from "@/lib/contracts/identity";
import type { Role } from "@/lib/contracts/roles";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { readSessionCookie } from "@/lib/domain/identity/session-cookie";
import { resolveSession } from "@/lib/pipeline/resolve-session";
import { appContext } from "./app-context";
import { errorResponse } from "./error-response";

export type ActorResult = { ok: true; actor: Actor; user: SessionUser } | { ok: false; response: Response };

/**
 * Who sent the request, from the session cookie: 401 without a live session, 403 when the role is
 * not among `allowed`. Scope (which cases, whose reports) is then the route's to check against the actor.
 */
export async function requireActor(request: Request, allowed: readonly Role[]): Promise<ActorResult> {
  const token = readSessionCookie(request.headers.get("cookie"));
  const app = await appContext();
  const session = token ? await resolveSession(app.database.db, token, new Date()) : null;
  if (!session) return { ok: false, response: errorResponse(401, "unauthenticated", "sign in first") };
  if (!allowed.includes(session.user.role)) {
    return { ok: false, response: errorResponse(403, "forbidden", `a ${session.user.role} may not do this`) };
  }
  return { ok: true, actor: session.actor, user: session.user };
}
