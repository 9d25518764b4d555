import { issueAlertRequestSchema } from "@/lib/contracts/cap-alert";
import { issueCityAlert } from "@/lib/pipeline/issue-city-alert";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { readValidJsonBody } from "../../_http/read-valid-json-body";
import { requireActor } from "../../_http/require-actor";
import { siteBaseUrl } from "../../_http/site-base-url";

export const dynamic = "force-dynamic";

/** An operator issues the city's own warning for an area: stored, pushed to the screens, published as CAP 1.2. */
export async function POST(request: Request): Promise<Response> {
  const who = await requireActor(request, ["operator", "admin"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 256 * 1024, issueAlertRequestSchema);
  if (!parsed.ok) return parsed.response;
  const now = new Date();
  const { effectiveAt, expiresAt } = parsed.data;
  if (Date.parse(expiresAt) <= Math.max(now.getTime(), effectiveAt ? Date.parse(effectiveAt) : 0)) {
    return errorResponse(400, "invalid_body", "the request has invalid fields", [{ path: "expiresAt", message: "must be later than now and than effectiveAt" }]);
  }
  const app = await appContext();
  const sender = new URL(siteBaseUrl(app.config, request)).host;
  const issued = await issueCityAlert(app.pipeline, parsed.data, { userId: who.user.id, displayName: who.user.displayName, sender });
  return Response.json(issued, { status: 201 });
}
