import { absenceParamsSchema } from "@/lib/contracts/path-params";
import { endAbsence } from "@/lib/pipeline/care/household-absences";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { appContext } from "../../../../../../_http/app-context";
import { careResponse } from "../../../../../../_http/care-response";
import { parseParams } from "../../../../../../_http/parse-params";
import { requireActor } from "../../../../../../_http/require-actor";
import { careMaintainers } from "../../../../../../_http/care-roles";

export const dynamic = "force-dynamic";

/** The resident is back early: the absence ends now (one not begun yet is withdrawn); audited. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; absenceId: string }> }): Promise<Response> {
  const path = await parseParams(params, absenceParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careMaintainers);
  if (!who.ok) return who.response;
  const app = await appContext();
  return careResponse(await endAbsence(app.pipeline, path.params.id, path.params.absenceId, await careViewerOf(app.pipeline, who.actor)));
}
