import { idParamsSchema } from "@/lib/contracts/path-params";
import { summonRatingSchema } from "@/lib/contracts/summons";
import { rateSummonedDepartment } from "@/lib/pipeline/rate-summoned-department";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readValidJsonBody } from "../../../_http/read-valid-json-body";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 4 * 1024, summonRatingSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  const outcome = await rateSummonedDepartment(app.pipeline, path.params.id, parsed.data, who.actor);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return new Response(null, { status: 204 });
}
