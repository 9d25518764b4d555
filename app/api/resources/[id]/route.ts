import { idParamsSchema } from "@/lib/contracts/path-params";
import { loadResourceDetail } from "@/lib/pipeline/list-resources";
import { appContext } from "../../_http/app-context";
import { errorResponse } from "../../_http/error-response";
import { parseParams } from "../../_http/parse-params";
import { requireActor } from "../../_http/require-actor";

export const dynamic = "force-dynamic";

/** One resource with its whole history. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["operator", "leader", "dispatcher", "admin", "department_staff"]);
  if (!who.ok) return who.response;
  const { id } = path.params;
  const app = await appContext();
  const outcome = await loadResourceDetail(app.pipeline, id, who.actor);
  if (!outcome.ok) {
    return outcome.status === 404
      ? errorResponse(404, "not_found", `no resource ${id}`)
      : errorResponse(403, "forbidden", "this resource is outside your scope");
  }
  return Response.json(outcome.detail, { headers: { "cache-control": "no-store" } });
}
