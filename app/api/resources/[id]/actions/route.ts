import { idParamsSchema } from "@/lib/contracts/path-params";
import { resourceActionRequestSchema } from "@/lib/contracts/resource";
import { applyResourceAction } from "@/lib/pipeline/apply-resource-action";
import { appContext } from "../../../_http/app-context";
import { errorResponse, validationError } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { readJsonBody } from "../../../_http/read-json-body";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** One move of a resource. 409 with the current version when someone else changed it first. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin", "department_staff"]);
  if (!who.ok) return who.response;
  const app = await appContext();
  const body = await readJsonBody(request, 16 * 1024);
  if (!body.ok) return body.response;
  const parsed = resourceActionRequestSchema.safeParse(body.value);
  if (!parsed.success) return validationError(parsed.error);
  const outcome = await applyResourceAction(app.pipeline, path.params.id, parsed.data, who.actor);
  if (outcome.ok) return Response.json({ resource: outcome.resource });
  return errorResponse(outcome.status, outcome.code, outcome.message, undefined, outcome.current ? { current: outcome.current } : {});
}
