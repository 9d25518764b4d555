import { householdPatchSchema } from "@/lib/contracts/care";
import { idParamsSchema } from "@/lib/contracts/path-params";
import { careViewerOf } from "@/lib/pipeline/care/household-view";
import { changeHousehold, loadHouseholdFor } from "@/lib/pipeline/care/household-registry";
import { appContext } from "../../../_http/app-context";
import { careResponse } from "../../../_http/care-response";
import { parseParams } from "../../../_http/parse-params";
import { readValidJsonBody } from "../../../_http/read-valid-json-body";
import { requireActor } from "../../../_http/require-actor";
import { careMaintainers, careReaders } from "../../../_http/care-roles";

export const dynamic = "force-dynamic";

/** One household, whole or masked as the caller may see it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careReaders);
  if (!who.ok) return who.response;
  const app = await appContext();
  return careResponse(await loadHouseholdFor(app.pipeline, path.params.id, await careViewerOf(app.pipeline, who.actor)));
}

/** Changes fields of a household on the version the caller saw; audited. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const path = await parseParams(params, idParamsSchema);
  if (!path.ok) return path.response;
  const who = await requireActor(request, careMaintainers);
  if (!who.ok) return who.response;
  const parsed = await readValidJsonBody(request, 32 * 1024, householdPatchSchema);
  if (!parsed.ok) return parsed.response;
  const app = await appContext();
  return careResponse(await changeHousehold(app.pipeline, path.params.id, parsed.data, await careViewerOf(app.pipeline, who.actor)));
}
