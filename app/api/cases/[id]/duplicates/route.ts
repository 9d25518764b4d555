import { idParamsSchema } from "@/lib/contracts/path-params";
import { findCaseDuplicates } from "@/lib/pipeline/find-duplicates";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { parseParams } from "../../../_http/parse-params";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Open cases that look like the same problem: same category, close by, reported about the same time, any channel. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, ["dispatcher", "operator", "admin"]);
  if (!who.ok) return who.response;
  const { id } = path.params;
  const app = await appContext();
  const duplicates = await findCaseDuplicates(app.pipeline, id);
  if (!duplicates) return errorResponse(404, "not_found", `no case ${id}`);
  return Response.json(duplicates, { headers: { "cache-control": "no-store" } });
}
