import { trackingParamsSchema } from "@/lib/contracts/path-params";
import { trackingRatingRequestSchema } from "@/lib/contracts/tracking";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import { rateByTracking } from "@/lib/pipeline/rate-by-tracking";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readValidJsonBody } from "../../../_http/read-valid-json-body";

export const dynamic = "force-dynamic";

/** 满意 / 基本满意 / 不满意 from the private link; 不满意 reopens the case. 409 when it changed meanwhile. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const path = await parseParams(params, trackingParamsSchema, "no report behind this link");
  if (!path.ok) return path.response;
  const { token } = path.params;
  const app = await appContext();
  const parsed = await readValidJsonBody(request, 1024, trackingRatingRequestSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await rateByTracking(app.pipeline, token, parsed.data);
  if (!outcome.ok) {
    return errorResponse(outcome.status, outcome.code, outcome.message, undefined, outcome.current ? { current: outcome.current } : {});
  }
  return Response.json(await loadTracking(app.pipeline, token), { headers: { "cache-control": "no-store" } });
}
