import { idParamsSchema } from "@/lib/contracts/path-params";
import { suggestWorkers } from "@/lib/pipeline/suggest-workers";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Workers the dispatcher may hand this case to, ranked as auto-dispatch ranks them. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const { id } = path.params;
  const app = await appContext();
  const suggestions = await suggestWorkers(app.pipeline, id);
  if (!suggestions) return errorResponse(404, "not_found", `no case ${id}`);
  return Response.json(suggestions, { headers: { "cache-control": "no-store" } });
}
