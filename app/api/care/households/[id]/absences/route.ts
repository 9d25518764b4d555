import { absenceInputSchema } from "@/lib/contracts/care";
import { idParamsSchema } from "@/lib/contracts/path-params";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { announceAbsence } from "@/lib/pipeline/care/household-absences";
import { appContext } from "../../../../_http/app-context";
import { careResponse } from "../../../../_http/care-response";
import { parseParams } from "../../../../_http/parse-params";
import { readValidJsonBody } from "../../../../_http/read-valid-json-body";
import { requireActor } from "../../../../_http/require-actor";
import { careMaintainers } from "../../../../_http/care-roles";

export const dynamic = "force-dynamic";

/** "Away until …" or a hospital stay: no alert is raised meanwhile. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careMaintainers);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 8 * 1024, absenceInputSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  return careResponse(await announceAbsence(app.pipeline, path.params.id, parsed.data, await careViewerOf(app.pipeline, who.actor)), 201);
}
