import { idParamsSchema } from "@/lib/contracts/path-params";
import { summonRatingSchema } from "@/lib/contracts/summons";
import { rateSummonedDepartment } from "@/lib/pipeline/rate-summoned-department";
import { appContext } from "../../../_http/app-context";
import { errorResponse, validationError } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readJsonBody } from "../../../_http/read-json-body";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const body = await readJsonBody(request, 4 * 1024);
  if (!body.ok) return body.response;
  const parsed = summonRatingSchema.safeParse(body.value);
  if (!parsed.success) return validationError(parsed.error);
  const app = await appContext();
  const outcome = await rateSummonedDepartment(app.pipeline, path.params.id, parsed.data, who.actor);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return new Response(null, { status: 204 });
}
