import { idParamsSchema } from "@/lib/contracts/path-params";
import { loadCareAlertFor } from "@/lib/pipeline/care/care-alerts";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { appContext } from "../../../_http/app-context";
import { careResponse } from "../../../_http/care-response";
import { parseParams } from "../../../_http/parse-params";
import { requireActor } from "../../../_http/require-actor";
import { careReaders } from "../../../_http/care-roles";

export const dynamic = "force-dynamic";

/** One care alert with its household, whole or masked as the caller may see it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const app = await appContext();
  return careResponse(await loadCareAlertFor(app.pipeline, path.params.id, await careViewerOf(app.pipeline, who.actor)));
}
