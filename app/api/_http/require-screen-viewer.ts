import { mayWatchScreen } from "@/lib/domain/identity/screen-access";
import { appContext } from "./app-context";
import { errorResponse } from "./error-response";
import { optionalSession } from "./optional-session";

/**
 * The wall screen's rule for HTTP, the same one its socket room follows: null when the caller may
 * watch the whole city, else 401 (no session while the screen is not public) or 403 (a role kept to its own pages).
 */
export async function refuseUnlessScreenViewer(request: Request): Promise<Response | null> {
  const [session, app] = await Promise.all([optionalSession(request), appContext()]);
  if (mayWatchScreen(session?.actor ?? null, app.config.PUBLIC_SCREEN)) return null;
  if (!session) return errorResponse(401, "unauthenticated", "sign in first: the wall screen is not public");
  return errorResponse(403, "forbidden", `a ${session.user.role} may not watch the wall screen`);
}
