import { idParamsSchema } from "@/lib/contracts/path-params";
import { resourceActionRequestSchema } from "@/lib/contracts/resource";
import { applyResourceAction } from "@/lib/pipeline/apply-resource-action";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readValidJsonBody } from "../../../_http/read-valid-json-body";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** One move of a resource. 409 with the current version when someone else changed it first. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin", "department_staff"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const parsed = await readValidJsonBody(request, 16 * 1024, resourceActionRequestSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await applyResourceAction(app.pipeline, path.params.id, parsed.data, who.actor);
  if (outcome.ok) return Response.json({ resource: outcome.resource });
  return errorResponse(outcome.status, outcome.code, outcome.message, undefined, outcome.current ? { current: outcome.current } : {});
}
