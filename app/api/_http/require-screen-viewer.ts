import { screenRefusal } from "@/lib/domain/identity/screen-access";
import { appContext } from "./app-context";
import { errorResponse } from "./error-response";
import { optionalSession } from "./optional-session";

/** The wall screen's rule, as for its snapshot: its roles, and anyone while PUBLIC_SCREEN is on. Null when allowed. */
export async function refuseUnlessScreenViewer(request: Request): Promise<Response | null> {
  const [app, session] = await Promise.all([appContext(), optionalSession(request)]);
  const refusal = screenRefusal(session?.actor ?? null, app.config.PUBLIC_SCREEN);
  return refusal && errorResponse(refusal.status, refusal.code, refusal.message);
}
