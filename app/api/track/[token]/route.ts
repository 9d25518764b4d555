import { trackingParamsSchema } from "@/lib/contracts/path-params";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { parseParams } from "../../_http/parse-params";

export const dynamic = "force-dynamic";

/** The reporter's view of their case, for whoever holds the private link; no session needed. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const path = await parseParams(params, trackingParamsSchema, "no report behind this link");
  if (!path.ok) return path.response;
  const app = await appContext();
  const view = await loadTracking(app.pipeline, path.params.token);
  if (!view) return errorResponse(404, "not_found", "no report behind this link");
  return Response.json(view, { headers: { "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}
