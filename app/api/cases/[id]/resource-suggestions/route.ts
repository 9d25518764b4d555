import { idParamsSchema } from "@/lib/contracts/path-params";
import { resourceSuggestionQuerySchema } from "@/lib/contracts/resource";
import { suggestResources } from "@/lib/pipeline/suggest-resources";
import { appContext } from "../../../_http/app-context";
import { errorResponse, validationError } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** The nearest available pumps, teams or vehicles with the capability for this case, ranked as dispatch ranks them; nothing is sent. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const query = resourceSuggestionQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "query");
  const app = await appContext();
  const outcome = await suggestResources(app.pipeline, path.params.id, query.data);
  if (!outcome.ok) return outcome.code === "unknown_case" ? errorResponse(404, "not_found", outcome.message) : errorResponse(422, outcome.code, outcome.message);
  return Response.json(outcome.suggestions, { headers: { "cache-control": "no-store" } });
}
