import { z } from "zod";
import { suggestWorkers } from "@/lib/pipeline/suggest-workers";
import { appContext } from "../../../_http/app-context";
import { errorResponse } from "../../../_http/error-response";
import { requireActor } from "../../../_http/require-actor";

export const dynamic = "force-dynamic";

/** Workers the dispatcher may hand this case to, ranked as auto-dispatch ranks them. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const who = await requireActor(request, ["dispatcher", "admin"]);
  if (!who.ok) return who.response;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return errorResponse(404, "not_found", `no case ${id}`);
  const app = await appContext();
  const suggestions = await suggestWorkers(app.pipeline, id);
  if (!suggestions) return errorResponse(404, "not_found", `no case ${id}`);
  return Response.json(suggestions, { headers: { "cache-control": "no-store" } });
}
