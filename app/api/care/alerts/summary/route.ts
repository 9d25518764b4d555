import { screenRefusal } from "@/lib/domain/identity/screen-access";
import { countOpenCareAlerts } from "@/lib/pipeline/care/care-alerts";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { optionalSession } from "../../../_http/optional-session";

export const dynamic = "force-dynamic";

/** Open care alerts as counts per grid cell, for the wall screen: no household, no name. */
export async function GET(request: Request): Promise<Response> {
  const app = await appContext();
  const session = await optionalSession(request);
  const refusal = screenRefusal(session?.actor ?? null, app.config.PUBLIC_SCREEN);
  if (refusal) return errorResponse(refusal.status, refusal.code, refusal.message);
  return Response.json(await countOpenCareAlerts(app.pipeline), { headers: { "cache-control": "no-store" } });
}
